-- CreateTable
CREATE TABLE "TagWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" SERIAL NOT NULL,
    "rank" DOUBLE PRECISION NOT NULL DEFAULT -2.25,
    "total" JSON NOT NULL,
    "color" INTEGER NOT NULL,
    "raw" Int4,

    CONSTRAINT "TagWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TagWithAVeryLongNameThatGoesOnAndOnForTruncation_rank_idx" ON "TagWithAVeryLongNameThatGoesOnAndOnForTruncation"("rank");

-- CreateIndex
CREATE INDEX "tagwithaverylongnamethatgoesonandonfortr_color_1_ix" ON "TagWithAVeryLongNameThatGoesOnAndOnForTruncation"("color");
