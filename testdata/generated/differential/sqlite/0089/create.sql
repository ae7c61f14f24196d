-- CreateTable
CREATE TABLE "Shipment_v2" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "note" INTEGER NOT NULL DEFAULT 42,
    "secret" TEXT,
    "total" BLOB NOT NULL,
    "kind" JSONB NOT NULL,
    "total2" DECIMAL,
    "weight" TEXT DEFAULT 'back\slash',
    "updatedAt" DATETIME NOT NULL,
    "shipment_v2Id" INTEGER,
    "shipment_v2Slug" TEXT,
    CONSTRAINT "Shipment_v2_shipment_v2Id_fkey" FOREIGN KEY ("shipment_v2Id") REFERENCES "Shipment_v2" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Shipment_v2_shipment_v2Slug_fkey" FOREIGN KEY ("shipment_v2Slug") REFERENCES "Shipment_v2" ("slug") ON DELETE SET DEFAULT ON UPDATE NO ACTION
);

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_v2_slug_key" ON "Shipment_v2"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_v2_shipment_v2Id_key" ON "Shipment_v2"("shipment_v2Id");

-- CreateIndex
CREATE INDEX "Shipment_v2_shipment_v2Slug_idx" ON "Shipment_v2"("shipment_v2Slug");

-- CreateIndex
CREATE INDEX "Shipment_v2_shipment_v2Id_idx" ON "Shipment_v2"("shipment_v2Id");
