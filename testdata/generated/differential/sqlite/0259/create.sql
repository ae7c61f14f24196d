-- CreateTable
CREATE TABLE "TagWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "title" DECIMAL NOT NULL DEFAULT 1.5,
    "version" BIGINT,
    "secret" REAL DEFAULT 1.5
);

-- CreateIndex
CREATE UNIQUE INDEX "TagWithAVeryLongNameThatGoesOnAndOnForTruncation_slug_key" ON "TagWithAVeryLongNameThatGoesOnAndOnForTruncation"("slug");

-- CreateIndex
CREATE INDEX "tagwithaverylongnamethatgoesonandonfortr_title_0_ix" ON "TagWithAVeryLongNameThatGoesOnAndOnForTruncation"("title" DESC);
