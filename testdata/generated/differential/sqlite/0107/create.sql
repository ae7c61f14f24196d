-- CreateTable
CREATE TABLE "Price" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "count_col" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "kind" JSONB,
    "title_col" BLOB,
    "ratingKind" TEXT DEFAULT 'DONE'
);

-- CreateTable
CREATE TABLE "TokenWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "data" TEXT,
    "score" BLOB
);

-- CreateTable
CREATE TABLE "Comment" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "name" INTEGER NOT NULL,

    PRIMARY KEY ("number", "tenantId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Price_ratingKind_key" ON "Price"("ratingKind");

-- CreateIndex
CREATE INDEX "Price_ratingKind_idx" ON "Price"("ratingKind" DESC);

-- CreateIndex
CREATE INDEX "price_ratingkind_1_ix" ON "Price"("ratingKind");

-- CreateIndex
CREATE UNIQUE INDEX "TokenWithAVeryLongNameThatGoesOnAndOnForTruncation_data_key" ON "TokenWithAVeryLongNameThatGoesOnAndOnForTruncation"("data");

-- CreateIndex
CREATE INDEX "TokenWithAVeryLongNameThatGoesOnAndOnForTruncation_data_idx" ON "TokenWithAVeryLongNameThatGoesOnAndOnForTruncation"("data");

-- CreateIndex
CREATE UNIQUE INDEX "Comment_name_key" ON "Comment"("name");

-- CreateIndex
CREATE INDEX "comment_name_0_ix" ON "Comment"("name");
