-- CreateTable
CREATE TABLE "Store" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "price" DECIMAL NOT NULL DEFAULT 0,
    "storeId" TEXT,
    CONSTRAINT "Store_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Cart" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Store_price_key" ON "Store"("price");

-- CreateIndex
CREATE INDEX "store_storeid_0_ix" ON "Store"("storeId" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Cart_name_key" ON "Cart"("name");
