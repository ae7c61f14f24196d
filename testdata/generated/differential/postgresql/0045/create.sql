-- CreateEnum
CREATE TYPE "MemberWithAVeryLongNameThatGoesOnAndOnForTruncationKind" AS ENUM ('PENDING', 'draft_value', 'INACTIVE');

-- CreateEnum
CREATE TYPE "MessageKind" AS ENUM ('ARCHIVED', 'HIGH', 'ACTIVE', 'LOW');

-- CreateTable
CREATE TABLE "MessageWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "messagewithaverylongnamethatgoesonandonfortruncation_id" TEXT NOT NULL,
    "name" BYTEA,
    "updatedAt" TIMESTAMP(3)[],
    "deviceTenantId" TEXT NOT NULL,
    "deviceNumber" INTEGER NOT NULL,

    CONSTRAINT "MessageWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("messagewithaverylongnamethatgoesonandonfortruncation_id")
);

-- CreateTable
CREATE TABLE "Device" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "name" JSON DEFAULT '[]',
    "size" DECIMAL,
    "total_col" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Device_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Shipment" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "amount" TIMESTAMP(3),
    "data" TEXT,
    "kind" BYTEA NOT NULL,
    "name" REAL[],
    "messageKind" "MessageKind"[] DEFAULT ARRAY['ARCHIVED']::"MessageKind"[],
    "shipmentTenantId" TEXT,
    "shipmentNumber" INTEGER,

    CONSTRAINT "shipment_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE INDEX "MessageWithAVeryLongNameThatGoesOnAndOnForTruncation_device_idx" ON "MessageWithAVeryLongNameThatGoesOnAndOnForTruncation"("deviceNumber");

-- CreateIndex
CREATE UNIQUE INDEX "MessageWithAVeryLongNameThatGoesOnAndOnForTruncation_device_key" ON "MessageWithAVeryLongNameThatGoesOnAndOnForTruncation"("deviceTenantId", "deviceNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Device_size_key" ON "Device"("size");

-- CreateIndex
CREATE INDEX "Device_total_col_idx" ON "Device"("total_col" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "shipment_data_uq" ON "Shipment"("data");

-- AddForeignKey
ALTER TABLE "MessageWithAVeryLongNameThatGoesOnAndOnForTruncation" ADD CONSTRAINT "MessageWithAVeryLongNameThatGoesOnAndOnForTruncation_devic_fkey" FOREIGN KEY ("deviceTenantId", "deviceNumber") REFERENCES "Device"("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_shipmentTenantId_shipmentNumber_fkey" FOREIGN KEY ("shipmentTenantId", "shipmentNumber") REFERENCES "Shipment"("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE;
