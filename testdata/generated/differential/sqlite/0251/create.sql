-- CreateTable
CREATE TABLE "Review" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "price" DATETIME,
    "note" DATETIME NOT NULL,
    "body" TEXT NOT NULL,
    "flags" BLOB,
    "raw" money,
    "priceId" INTEGER NOT NULL,
    CONSTRAINT "Review_priceId_fkey" FOREIGN KEY ("priceId") REFERENCES "Price" ("id") ON DELETE RESTRICT ON UPDATE RESTRICT
);

-- CreateTable
CREATE TABLE "Shipment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "rank" DECIMAL DEFAULT 1.5,
    "eventPriceId" INTEGER,
    "eventShipmentId" TEXT,
    CONSTRAINT "Shipment_eventPriceId_eventShipmentId_fkey" FOREIGN KEY ("eventPriceId", "eventShipmentId") REFERENCES "Event" ("priceId", "shipmentId") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Price" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "score_col" DATETIME NOT NULL,
    "publishedat_col" BOOLEAN,
    "hash" REAL NOT NULL DEFAULT -2.25,
    "priceId" INTEGER,
    CONSTRAINT "Price_priceId_fkey" FOREIGN KEY ("priceId") REFERENCES "Price" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "folders" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "balance" INTEGER NOT NULL DEFAULT 42,
    "createdAt" TEXT NOT NULL DEFAULT 'x',
    "meta" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "total" BOOLEAN NOT NULL DEFAULT true
);

-- CreateTable
CREATE TABLE "Event" (
    "priceId" INTEGER NOT NULL,
    "shipmentId" TEXT NOT NULL,
    "assignedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("priceId", "shipmentId"),
    CONSTRAINT "Event_priceId_fkey" FOREIGN KEY ("priceId") REFERENCES "Price" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Event_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Comment" (
    "reviewId" INTEGER NOT NULL,
    "shipmentId" TEXT NOT NULL,
    "assignedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("reviewId", "shipmentId"),
    CONSTRAINT "Comment_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Comment_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Review_slug_key" ON "Review"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Review_priceId_key" ON "Review"("priceId");

-- CreateIndex
CREATE INDEX "Review_slug_body_idx" ON "Review"("slug", "body");

-- CreateIndex
CREATE UNIQUE INDEX "Review_body_note_key" ON "Review"("body", "note");

-- CreateIndex
CREATE INDEX "Shipment_eventPriceId_eventShipmentId_idx" ON "Shipment"("eventPriceId", "eventShipmentId");

-- CreateIndex
CREATE INDEX "Shipment_eventShipmentId_idx" ON "Shipment"("eventShipmentId");

-- CreateIndex
CREATE INDEX "shipment_eventpriceid_1_ix" ON "Shipment"("eventPriceId");

-- CreateIndex
CREATE INDEX "Price_priceId_idx" ON "Price"("priceId");

-- CreateIndex
CREATE UNIQUE INDEX "folders_meta_total_key" ON "folders"("meta", "total");
