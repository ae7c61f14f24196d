-- CreateTable
CREATE TABLE "PriceEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "total" TEXT NOT NULL DEFAULT 'a "quoted" word',
    "avatar" DATETIME NOT NULL,
    "priceEntryId" INTEGER,
    CONSTRAINT "PriceEntry_priceEntryId_fkey" FOREIGN KEY ("priceEntryId") REFERENCES "PriceEntry" ("id") ON DELETE NO ACTION ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "PriceEntry_priceEntryId_idx" ON "PriceEntry"("priceEntryId");

-- CreateIndex
CREATE INDEX "priceentry_total_0_ix" ON "PriceEntry"("total" DESC);

-- CreateIndex
CREATE INDEX "PriceEntry_total_idx" ON "PriceEntry"("total");
