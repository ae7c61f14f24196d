-- CreateTable
CREATE TABLE "Item" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "data" BLOB,
    "weight" JSONB NOT NULL,
    "price" REAL NOT NULL DEFAULT 0,
    "verified" DATETIME,
    "payload" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "weight2" DATETIME DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "weight" TEXT NOT NULL,
    "name" BOOLEAN NOT NULL
);

-- CreateIndex
CREATE INDEX "Item_price_idx" ON "Item"("price");

-- CreateIndex
CREATE INDEX "Item_price_payload_idx" ON "Item"("price", "payload");

-- CreateIndex
CREATE UNIQUE INDEX "Product_email_key" ON "Product"("email");
