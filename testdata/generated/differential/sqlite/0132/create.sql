-- CreateTable
CREATE TABLE "tokens" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "count" DATETIME NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "verified" BOOLEAN,
    "code_col" TEXT NOT NULL,
    "raw" money,
    "tokenId" TEXT,
    "tokenId2" TEXT,
    CONSTRAINT "tokens_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "tokens" ("id") ON DELETE SET NULL ON UPDATE RESTRICT,
    CONSTRAINT "tokens_tokenId2_fkey" FOREIGN KEY ("tokenId2") REFERENCES "tokens" ("id") ON DELETE SET NULL ON UPDATE RESTRICT
);

-- CreateIndex
CREATE UNIQUE INDEX "tokens_slug_key" ON "tokens"("slug");

-- CreateIndex
CREATE INDEX "tokens_verified_idx" ON "tokens"("verified");
