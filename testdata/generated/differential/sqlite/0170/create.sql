-- CreateTable
CREATE TABLE "items" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "hash_col" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER,
    "count" JSONB,
    "secret" REAL NOT NULL,
    "version2" BLOB NOT NULL,
    "color_col" DATETIME NOT NULL,
    "raw" money
);

-- CreateTable
CREATE TABLE "File" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "secret" DATETIME NOT NULL,
    "size" JSONB,
    "code_col" JSONB,
    "endsAt" TEXT,
    "status" JSONB NOT NULL,
    "color_col" DECIMAL NOT NULL,
    "refundHandle" TEXT NOT NULL,
    CONSTRAINT "File_refundHandle_fkey" FOREIGN KEY ("refundHandle") REFERENCES "Refund" ("handle") ON DELETE RESTRICT ON UPDATE RESTRICT
);

-- CreateTable
CREATE TABLE "Refund" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "position" JSONB NOT NULL,
    "size" BIGINT NOT NULL,
    "code" TEXT NOT NULL,
    "avatar" BIGINT,
    "status" DECIMAL NOT NULL DEFAULT 1.5,
    "amount" BIGINT NOT NULL DEFAULT 1234567890123
);

-- CreateTable
CREATE TABLE "logentrys" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "ratio" DECIMAL,
    "startsAt" REAL NOT NULL DEFAULT 1.5,
    "publishedAt" TEXT NOT NULL DEFAULT 'hello',
    "expiresAt" BOOLEAN NOT NULL DEFAULT true,
    "flags" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fileId" TEXT NOT NULL,
    "refundId" TEXT NOT NULL,
    CONSTRAINT "logentrys_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "File" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "logentrys_refundId_fkey" FOREIGN KEY ("refundId") REFERENCES "Refund" ("id") ON DELETE SET DEFAULT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "items_secret_idx" ON "items"("secret");

-- CreateIndex
CREATE INDEX "items_version_secret_idx" ON "items"("version", "secret");

-- CreateIndex
CREATE UNIQUE INDEX "File_endsAt_key" ON "File"("endsAt");

-- CreateIndex
CREATE UNIQUE INDEX "File_refundHandle_key" ON "File"("refundHandle");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_handle_key" ON "Refund"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "logentrys_email_key" ON "logentrys"("email");

-- CreateIndex
CREATE UNIQUE INDEX "logentrys_refundId_key" ON "logentrys"("refundId");

-- CreateIndex
CREATE INDEX "logentrys_fileId_idx" ON "logentrys"("fileId");

-- CreateIndex
CREATE INDEX "logentry_refundid_0_ix" ON "logentrys"("refundId");

-- CreateIndex
CREATE INDEX "logentrys_email_idx" ON "logentrys"("email");
