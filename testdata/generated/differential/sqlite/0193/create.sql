-- CreateTable
CREATE TABLE "Category" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "expiresAt" REAL NOT NULL,
    "total" TEXT NOT NULL,
    "avatar" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "price" DATETIME DEFAULT '2024-01-02 03:04:05 +00:00'
);

-- CreateTable
CREATE TABLE "Price" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "publishedAt" BLOB,
    "meta" TEXT NOT NULL,
    "slug" DATETIME NOT NULL,
    "sessionKind" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Member" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "note_col" BIGINT,
    "createdAt" BLOB NOT NULL,
    "sessionKind" TEXT NOT NULL DEFAULT 'draft'
);

-- CreateIndex
CREATE UNIQUE INDEX "Price_sessionKind_key" ON "Price"("sessionKind");

-- CreateIndex
CREATE INDEX "Price_meta_idx" ON "Price"("meta");

-- CreateIndex
CREATE UNIQUE INDEX "price_pair_key" ON "Price"("meta", "sessionKind");

-- CreateIndex
CREATE UNIQUE INDEX "Member_handle_key" ON "Member"("handle");

-- CreateIndex
CREATE INDEX "member_note_0_ix" ON "Member"("note_col");

-- CreateIndex
CREATE INDEX "Member_sessionKind_idx" ON "Member"("sessionKind");
