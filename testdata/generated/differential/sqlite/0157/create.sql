-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "score" DATETIME
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "hash" DECIMAL NOT NULL,
    "email_col" TEXT NOT NULL,
    "balance" DECIMAL NOT NULL DEFAULT 2.25,
    "teamKind" TEXT DEFAULT 'ACTIVE'
);

-- CreateTable
CREATE TABLE "Product" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title_col" BLOB NOT NULL,
    "meta" INTEGER NOT NULL DEFAULT -7,
    "verified" BIGINT NOT NULL DEFAULT 1234567890123,
    "slug" REAL NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "User_hash_key" ON "User"("hash");

-- CreateIndex
CREATE INDEX "User_teamKind_idx" ON "User"("teamKind" DESC);

-- CreateIndex
CREATE INDEX "User_email_col_idx" ON "User"("email_col" DESC);

-- CreateIndex
CREATE INDEX "Product_meta_idx" ON "Product"("meta");

-- CreateIndex
CREATE INDEX "Product_meta_verified_idx" ON "Product"("meta", "verified");

-- CreateIndex
CREATE UNIQUE INDEX "Product_meta_verified_key" ON "Product"("meta", "verified");
