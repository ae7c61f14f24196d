-- CreateTable
CREATE TABLE "Token" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT -7,
    "isActive" BIGINT NOT NULL,
    "profileKind" TEXT
);

-- CreateTable
CREATE TABLE "Channel" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" DATETIME NOT NULL,
    "kind" BOOLEAN DEFAULT false,
    "weight" INTEGER NOT NULL DEFAULT 42,
    "price" TEXT NOT NULL,
    "tagKind" TEXT DEFAULT 'draft',
    "shipmentHandle" TEXT,
    CONSTRAINT "Channel_shipmentHandle_fkey" FOREIGN KEY ("shipmentHandle") REFERENCES "Shipment" ("handle") ON DELETE SET DEFAULT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Shipment" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "kind" REAL NOT NULL,
    "price" DATETIME DEFAULT '2024-01-02 03:04:05 +00:00',
    "size" BOOLEAN NOT NULL,
    "meta" BLOB NOT NULL,
    "meta2" BLOB,
    "score" INTEGER NOT NULL DEFAULT 42,
    "profileKind" TEXT NOT NULL DEFAULT 'ARCHIVED',
    "raw" circle,
    "updatedAt" DATETIME NOT NULL,
    "channelId" INTEGER NOT NULL,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Shipment_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Price" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "body" TEXT,
    "data" DECIMAL NOT NULL DEFAULT 0,
    "hash" BLOB NOT NULL,
    "name" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "label" DATETIME NOT NULL,
    "tokenid_ref" INTEGER,
    "priceTenantId" TEXT,
    "priceNumber" INTEGER,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Price_tokenid_ref_fkey" FOREIGN KEY ("tokenid_ref") REFERENCES "Token" ("id") ON DELETE SET NULL ON UPDATE SET DEFAULT,
    CONSTRAINT "Price_priceTenantId_priceNumber_fkey" FOREIGN KEY ("priceTenantId", "priceNumber") REFERENCES "Price" ("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Token_email_key" ON "Token"("email");

-- CreateIndex
CREATE UNIQUE INDEX "channel_price_uq" ON "Channel"("price");

-- CreateIndex
CREATE INDEX "Channel_shipmentHandle_idx" ON "Channel"("shipmentHandle");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_handle_key" ON "Shipment"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_size_key" ON "Shipment"("size");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_channelId_key" ON "Shipment"("channelId");

-- CreateIndex
CREATE INDEX "Shipment_handle_price_idx" ON "Shipment"("handle", "price");

-- CreateIndex
CREATE INDEX "Price_priceTenantId_idx" ON "Price"("priceTenantId");
