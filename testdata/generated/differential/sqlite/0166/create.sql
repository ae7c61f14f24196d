-- CreateTable
CREATE TABLE "Shipment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" BLOB,
    "position" DATETIME NOT NULL,
    "raw" geometry,
    "shipmentId" INTEGER,
    CONSTRAINT "Shipment_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment" ("id") ON DELETE SET NULL ON UPDATE SET DEFAULT
);

-- CreateTable
CREATE TABLE "Channel" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "size_col" REAL NOT NULL DEFAULT 1.5,
    "endsAt" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "isActive" INTEGER NOT NULL DEFAULT 0,
    "code" INTEGER NOT NULL DEFAULT -7,
    "raw" DATE
);

-- CreateTable
CREATE TABLE "Cart" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "total" INTEGER DEFAULT -7,
    "price" REAL NOT NULL,
    "flags" REAL NOT NULL,
    "level" BOOLEAN NOT NULL DEFAULT true,
    "email_col" REAL NOT NULL,
    "title" BOOLEAN NOT NULL DEFAULT false
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" BLOB,
    "verified" INTEGER NOT NULL,
    "rank" BIGINT NOT NULL DEFAULT 1234567890123
);

-- CreateIndex
CREATE INDEX "shipment_shipmentid_0_ix" ON "Shipment"("shipmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Channel_slug_key" ON "Channel"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Cart_slug_key" ON "Cart"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Cart_flags_key" ON "Cart"("flags");

-- CreateIndex
CREATE INDEX "Account_verified_idx" ON "Account"("verified");
