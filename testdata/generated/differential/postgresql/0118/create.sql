-- CreateEnum
CREATE TYPE "channel_v2kind_type" AS ENUM ('done_value', 'HIGH');

-- CreateTable
CREATE TABLE "Shipment" (
    "id" SERIAL NOT NULL,
    "updatedAt" OID NOT NULL,
    "expiresAt" BYTEA NOT NULL,
    "channel_v2Kind" "channel_v2kind_type"[],
    "raw" cidr,
    "shipmentId" INTEGER,

    CONSTRAINT "Shipment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Shipment_shipmentId_idx" ON "Shipment"("shipmentId");

-- CreateIndex
CREATE INDEX "Shipment_updatedAt_shipmentId_idx" ON "Shipment"("updatedAt", "shipmentId");

-- CreateIndex
CREATE INDEX "Shipment_updatedAt_idx" ON "Shipment"("updatedAt" DESC);

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment"("id") ON DELETE SET NULL ON UPDATE CASCADE;
