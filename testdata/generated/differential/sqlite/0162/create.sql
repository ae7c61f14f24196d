-- CreateTable
CREATE TABLE "ItemWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" JSONB,
    "publishedAt" BLOB NOT NULL,
    "itemId" INTEGER,
    "itemId2" INTEGER,
    CONSTRAINT "ItemWithAVeryLongNameThatGoesOnAndOnForTruncation_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ItemWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "ItemWithAVeryLongNameThatGoesOnAndOnForTruncation_itemId2_fkey" FOREIGN KEY ("itemId2") REFERENCES "ItemWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ItemWithAVeryLongNameThatGoesOnAndOnForTruncation_itemId_idx" ON "ItemWithAVeryLongNameThatGoesOnAndOnForTruncation"("itemId");

-- CreateIndex
CREATE INDEX "itemwithaverylongnamethatgoesonandonfort_itemid_1_ix" ON "ItemWithAVeryLongNameThatGoesOnAndOnForTruncation"("itemId");
