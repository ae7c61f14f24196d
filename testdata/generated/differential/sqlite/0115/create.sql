-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "rank_col" BLOB,
    "count" DECIMAL NOT NULL DEFAULT 2.25,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ItemEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" BOOLEAN
);

-- CreateIndex
CREATE UNIQUE INDEX "Account_count_key" ON "Account"("count");

-- CreateIndex
CREATE INDEX "ItemEntry_code_idx" ON "ItemEntry"("code");
