-- CreateTable
CREATE TABLE "refunds" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "note" BIGINT NOT NULL DEFAULT 1234567890123,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Shipment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "status" DATETIME NOT NULL,
    "balance" REAL NOT NULL,
    "level" JSONB,
    "ratio" TEXT NOT NULL,
    "status2_col" BLOB NOT NULL,
    "shipmentId" INTEGER,
    CONSTRAINT "Shipment_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "refunds_note_idx" ON "refunds"("note");

-- CreateIndex
CREATE INDEX "refund_note_1_ix" ON "refunds"("note" DESC);

-- CreateIndex
CREATE INDEX "Shipment_shipmentId_idx" ON "Shipment"("shipmentId");

-- CreateIndex
CREATE INDEX "shipment_shipmentid_0_ix" ON "Shipment"("shipmentId");
