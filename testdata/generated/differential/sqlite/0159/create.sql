-- CreateTable
CREATE TABLE "Item" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL DEFAULT 'it''s',
    "amount" REAL DEFAULT 0,
    "level" DECIMAL DEFAULT 2.25,
    "total" INTEGER NOT NULL,
    "itemId" INTEGER,
    "itemid2_ref" INTEGER,
    CONSTRAINT "Item_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Item_itemid2_ref_fkey" FOREIGN KEY ("itemid2_ref") REFERENCES "Item" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateIndex
CREATE UNIQUE INDEX "Item_slug_key" ON "Item"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Item_itemid2_ref_key" ON "Item"("itemid2_ref");

-- CreateIndex
CREATE INDEX "Item_itemId_idx" ON "Item"("itemId");
