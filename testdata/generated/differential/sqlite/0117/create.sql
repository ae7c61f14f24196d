-- CreateTable
CREATE TABLE "Region" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "verified" BIGINT,
    "ratio" JSONB
);

-- CreateTable
CREATE TABLE "Token" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meta_col" TEXT NOT NULL,
    "email_col" JSONB,
    "version_col" BIGINT NOT NULL,
    "title" DATETIME NOT NULL,
    "regionId" INTEGER,
    CONSTRAINT "Token_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Audit" (
    "audit_id" TEXT NOT NULL PRIMARY KEY,
    "label" DECIMAL NOT NULL,
    "color" INTEGER NOT NULL,
    "createdAt" BLOB,
    "amount" JSONB NOT NULL,
    "weight" BOOLEAN NOT NULL,
    "count" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "auditId" TEXT,
    CONSTRAINT "Audit_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "Audit" ("audit_id") ON DELETE SET DEFAULT ON UPDATE RESTRICT
);

-- CreateTable
CREATE TABLE "_AuditToToken" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_AuditToToken_A_fkey" FOREIGN KEY ("A") REFERENCES "Audit" ("audit_id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_AuditToToken_B_fkey" FOREIGN KEY ("B") REFERENCES "Token" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Token_title_meta_col_key" ON "Token"("title", "meta_col");

-- CreateIndex
CREATE INDEX "Audit_auditId_idx" ON "Audit"("auditId");

-- CreateIndex
CREATE INDEX "Audit_count_idx" ON "Audit"("count");

-- CreateIndex
CREATE UNIQUE INDEX "_AuditToToken_AB_unique" ON "_AuditToToken"("A", "B");

-- CreateIndex
CREATE INDEX "_AuditToToken_B_index" ON "_AuditToToken"("B");
