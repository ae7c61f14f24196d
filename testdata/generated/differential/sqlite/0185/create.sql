-- CreateTable
CREATE TABLE "audits" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "isActive" BOOLEAN NOT NULL,
    "verified" DECIMAL NOT NULL DEFAULT 0,
    "postKind" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Token" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" INTEGER NOT NULL DEFAULT 42,
    "position" DECIMAL NOT NULL DEFAULT 2.25,
    "flags_col" DATETIME DEFAULT '2024-01-02 03:04:05 +00:00',
    "postKind" TEXT DEFAULT 'draft',
    "raw" money
);

-- CreateTable
CREATE TABLE "Folder" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "size" JSONB
);

-- CreateTable
CREATE TABLE "FileHistory" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "size" TEXT NOT NULL,
    "ratio" TEXT,
    "total" TEXT DEFAULT 'a "quoted" word',
    "amount" INTEGER DEFAULT 1,
    "payload" BIGINT DEFAULT 1234567890123,
    "total2" TEXT NOT NULL DEFAULT 'it''s',
    "postKind" TEXT NOT NULL DEFAULT 'published_value',
    "fileHistoryId" TEXT,
    CONSTRAINT "FileHistory_fileHistoryId_fkey" FOREIGN KEY ("fileHistoryId") REFERENCES "FileHistory" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "audit_isactive_0_ix" ON "audits"("isActive", "postKind");

-- CreateIndex
CREATE INDEX "Token_postKind_kind_idx" ON "Token"("postKind", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "FileHistory_slug_key" ON "FileHistory"("slug");
