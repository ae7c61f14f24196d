-- CreateTable
CREATE TABLE "Device" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "balance" BOOLEAN DEFAULT false,
    "note" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ReviewWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meta" DATETIME NOT NULL,
    "secret" BLOB,
    "kind" INTEGER NOT NULL,
    "url" TEXT NOT NULL DEFAULT 'it''s',
    "refundKind" TEXT NOT NULL,
    "raw" DATE
);

-- CreateTable
CREATE TABLE "RegionItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "balance" BLOB,
    "amount" BLOB NOT NULL,
    "secret" BIGINT,
    "color" TEXT,
    "ratio" JSONB,
    "status" TEXT NOT NULL,
    "raw" money,
    "regionItemId" TEXT,
    CONSTRAINT "RegionItem_regionItemId_fkey" FOREIGN KEY ("regionItemId") REFERENCES "RegionItem" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "Log" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "position" JSONB NOT NULL
);

-- CreateTable
CREATE TABLE "_LogToRegionItem" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_LogToRegionItem_A_fkey" FOREIGN KEY ("A") REFERENCES "Log" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_LogToRegionItem_B_fkey" FOREIGN KEY ("B") REFERENCES "RegionItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Device_handle_key" ON "Device"("handle");

-- CreateIndex
CREATE INDEX "ReviewWithAVeryLongNameThatGoesOnAndOnForTruncation_meta_idx" ON "ReviewWithAVeryLongNameThatGoesOnAndOnForTruncation"("meta" DESC);

-- CreateIndex
CREATE INDEX "reviewwithaverylongnamethatgoesonandonfo_refundkind_1_ix" ON "ReviewWithAVeryLongNameThatGoesOnAndOnForTruncation"("refundKind");

-- CreateIndex
CREATE UNIQUE INDEX "RegionItem_regionItemId_key" ON "RegionItem"("regionItemId");

-- CreateIndex
CREATE UNIQUE INDEX "_LogToRegionItem_AB_unique" ON "_LogToRegionItem"("A", "B");

-- CreateIndex
CREATE INDEX "_LogToRegionItem_B_index" ON "_LogToRegionItem"("B");
