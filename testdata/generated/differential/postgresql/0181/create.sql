-- CreateTable
CREATE TABLE "Shipment" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "version" BYTEA NOT NULL,

    CONSTRAINT "Shipment_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Refund" (
    "id" SERIAL NOT NULL,
    "verified" REAL[],
    "size" XML[] DEFAULT ARRAY[]::XML[],
    "label" INTEGER DEFAULT 42,
    "shipmentTenantId" TEXT NOT NULL,
    "shipmentNumber" INTEGER NOT NULL,

    CONSTRAINT "Refund_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TicketItem" (
    "refundId" INTEGER NOT NULL,
    "shipmentTenantId" TEXT NOT NULL,
    "shipmentNumber" INTEGER NOT NULL,

    CONSTRAINT "TicketItem_pkey" PRIMARY KEY ("refundId","shipmentTenantId","shipmentNumber")
);

-- CreateIndex
CREATE UNIQUE INDEX "Refund_shipmentTenantId_shipmentNumber_key" ON "Refund"("shipmentTenantId", "shipmentNumber");

-- CreateIndex
CREATE INDEX "TicketItem_shipmentTenantId_idx" ON "TicketItem" USING SPGIST ("shipmentTenantId");

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_shipmentTenantId_shipmentNumber_fkey" FOREIGN KEY ("shipmentTenantId", "shipmentNumber") REFERENCES "Shipment"("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketItem" ADD CONSTRAINT "TicketItem_refundId_fkey" FOREIGN KEY ("refundId") REFERENCES "Refund"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketItem" ADD CONSTRAINT "TicketItem_shipmentTenantId_shipmentNumber_fkey" FOREIGN KEY ("shipmentTenantId", "shipmentNumber") REFERENCES "Shipment"("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE;
