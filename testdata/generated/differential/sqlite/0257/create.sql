-- CreateTable
CREATE TABLE "Region" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" BIGINT NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL,
    "regionId" INTEGER,
    "regionId2" INTEGER,
    CONSTRAINT "Region_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Region_regionId2_fkey" FOREIGN KEY ("regionId2") REFERENCES "Region" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StoreItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "count" TEXT NOT NULL,
    "isActive" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DECIMAL NOT NULL
);

-- CreateTable
CREATE TABLE "Store" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "hash" BLOB NOT NULL,
    "price" DECIMAL DEFAULT 2.25,
    "raw" NUMERIC
);

-- CreateIndex
CREATE INDEX "Region_regionId2_idx" ON "Region"("regionId2");

-- CreateIndex
CREATE INDEX "region_regionid2_0_ix" ON "Region"("regionId2");

-- CreateIndex
CREATE INDEX "region_regionid2_1_ix" ON "Region"("regionId2" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "StoreItem_handle_key" ON "StoreItem"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "store_price_uq" ON "Store"("price");

-- CreateIndex
CREATE INDEX "Store_price_idx" ON "Store"("price");
