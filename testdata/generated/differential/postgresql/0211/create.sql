-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pgcrypto";

-- CreateEnum
CREATE TYPE "ReviewKind" AS ENUM ('LOW', 'HIGH', 'done_value');

-- CreateEnum
CREATE TYPE "AddressKind" AS ENUM ('draft', 'Published');

-- CreateTable
CREATE TABLE "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "balance" CHAR NOT NULL DEFAULT 'a',
    "total" INTEGER,
    "version_col" DECIMAL(65,30) DEFAULT 2.25,
    "label_col" INTEGER DEFAULT 42,
    "addressKind" "AddressKind" DEFAULT 'draft',
    "orderId" TEXT NOT NULL,
    "tagNumber" INTEGER NOT NULL,
    "tagTenantId" TEXT NOT NULL,

    CONSTRAINT "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Tag" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "version" TEXT NOT NULL DEFAULT 'fixed'::text,
    "shipmentId" TEXT,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "Shipment" (
    "id" TEXT NOT NULL,
    "startsAt" OID[] DEFAULT ARRAY[1, 2, 3]::OID[],
    "isActive" DECIMAL NOT NULL DEFAULT 1.5,
    "raw" polygon,
    "taskTenantId" TEXT NOT NULL,
    "taskNumber" INTEGER NOT NULL,

    CONSTRAINT "Shipment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" TEXT NOT NULL,
    "expiresAt" BOOLEAN NOT NULL DEFAULT false,
    "verified" DECIMAL DEFAULT 1.5,
    "email" BYTEA[],
    "weight" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "payload" OID NOT NULL,
    "endsAt" TEXT,
    "note" INTEGER DEFAULT 42,
    "endsAt2" INTEGER,
    "shipmentId" TEXT,
    "orderId" TEXT NOT NULL,

    CONSTRAINT "AuditWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "taskwithaverylongnamethatgoesonandonfort_version_uq" ON "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation"("version_col");

-- CreateIndex
CREATE INDEX "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation_orderId_l_idx" ON "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation"("orderId", "label_col");

-- CreateIndex
CREATE UNIQUE INDEX "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation_tagNumber_key" ON "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation"("tagNumber", "tagTenantId");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_version_key" ON "Tag"("version");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_shipmentId_key" ON "Tag"("shipmentId");

-- CreateIndex
CREATE INDEX "Tag_version_shipmentId_idx" ON "Tag"("version", "shipmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_taskTenantId_taskNumber_key" ON "Shipment"("taskTenantId", "taskNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Order_weight_key" ON "Order"("weight");

-- CreateIndex
CREATE UNIQUE INDEX "Order_verified_weight_key" ON "Order"("verified", "weight");

-- CreateIndex
CREATE UNIQUE INDEX "AuditWithAVeryLongNameThatGoesOnAndOnForTruncation_handle_key" ON "AuditWithAVeryLongNameThatGoesOnAndOnForTruncation"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "auditwithaverylongnamethatgoesonandonfor_note_uq" ON "AuditWithAVeryLongNameThatGoesOnAndOnForTruncation"("note");

-- AddForeignKey
ALTER TABLE "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation" ADD CONSTRAINT "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation" ADD CONSTRAINT "taskwithaverylongnamethatgoesonandonfort_tagnumber_fk" FOREIGN KEY ("tagNumber", "tagTenantId") REFERENCES "Tag"("number", "tenantId") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "shipment_tasktenantid_fk" FOREIGN KEY ("taskTenantId", "taskNumber") REFERENCES "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation"("tenantId", "number") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "AuditWithAVeryLongNameThatGoesOnAndOnForTruncation" ADD CONSTRAINT "AuditWithAVeryLongNameThatGoesOnAndOnForTruncation_shipmen_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditWithAVeryLongNameThatGoesOnAndOnForTruncation" ADD CONSTRAINT "auditwithaverylongnamethatgoesonandonfor_orderid_fk" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
