-- CreateTable
CREATE TABLE "Audit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "hash" BOOLEAN,
    "raw" circle,
    "auditId" TEXT,
    "file_v2Id" INTEGER NOT NULL,
    CONSTRAINT "Audit_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "Audit" ("id") ON DELETE SET DEFAULT ON UPDATE CASCADE,
    CONSTRAINT "Audit_file_v2Id_fkey" FOREIGN KEY ("file_v2Id") REFERENCES "File_v2" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "File_v2" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "expiresAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" BIGINT DEFAULT 0,
    "file_v2Id" INTEGER,
    CONSTRAINT "File_v2_file_v2Id_fkey" FOREIGN KEY ("file_v2Id") REFERENCES "File_v2" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Audit_email_key" ON "Audit"("email");

-- CreateIndex
CREATE INDEX "Audit_file_v2Id_idx" ON "Audit"("file_v2Id");

-- CreateIndex
CREATE INDEX "audit_email_1_ix" ON "Audit"("email" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "File_v2_file_v2Id_key" ON "File_v2"("file_v2Id");

-- CreateIndex
CREATE INDEX "File_v2_file_v2Id_idx" ON "File_v2"("file_v2Id");
