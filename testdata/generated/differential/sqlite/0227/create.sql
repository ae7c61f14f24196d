-- CreateTable
CREATE TABLE "Price" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "isActive" INTEGER NOT NULL DEFAULT 0,
    "price" BIGINT DEFAULT 0,
    "isactive2_col" DECIMAL DEFAULT 1.5,
    "avatar" TEXT DEFAULT 'it''s',
    "position" INTEGER DEFAULT 0
);

-- CreateTable
CREATE TABLE "DeviceEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "score" INTEGER NOT NULL,
    "email" BIGINT NOT NULL DEFAULT 0,
    "deviceEntryId" INTEGER,
    "priceId" INTEGER NOT NULL,
    CONSTRAINT "DeviceEntry_deviceEntryId_fkey" FOREIGN KEY ("deviceEntryId") REFERENCES "DeviceEntry" ("id") ON DELETE NO ACTION ON UPDATE CASCADE,
    CONSTRAINT "DeviceEntry_priceId_fkey" FOREIGN KEY ("priceId") REFERENCES "Price" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "price_price_uq" ON "Price"("price");

-- CreateIndex
CREATE INDEX "Price_avatar_idx" ON "Price"("avatar");

-- CreateIndex
CREATE UNIQUE INDEX "Price_price_isactive2_col_key" ON "Price"("price", "isactive2_col");

-- CreateIndex
CREATE INDEX "DeviceEntry_deviceEntryId_idx" ON "DeviceEntry"("deviceEntryId");

-- CreateIndex
CREATE INDEX "DeviceEntry_score_idx" ON "DeviceEntry"("score");

-- CreateIndex
CREATE INDEX "deviceentry_deviceentryid_1_ix" ON "DeviceEntry"("deviceEntryId");
