-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- CreateEnum
CREATE TYPE "SessionKind" AS ENUM ('PENDING', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "DeviceItemKind" AS ENUM ('HIGH', 'ACTIVE', 'low_value', 'archived_value');

-- CreateTable
CREATE TABLE "prices" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "size" DOUBLE PRECISION[] DEFAULT ARRAY[1.5]::DOUBLE PRECISION[],
    "url" TIMESTAMP(3)[],
    "note" DECIMAL(65,30) NOT NULL DEFAULT 1.5,
    "amount_col" BIGINT,
    "version" TEXT NOT NULL DEFAULT 'hello',

    CONSTRAINT "price_pk" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" UUID NOT NULL,
    "hash" DECIMAL(65,30) NOT NULL DEFAULT 0,
    "data" JSON NOT NULL,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment" (
    "shipment_id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "url" BYTEA NOT NULL,
    "count" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "count2" TEXT NOT NULL,
    "url2" INTEGER NOT NULL,
    "ratio" JSONB NOT NULL,
    "deviceItemKind" "DeviceItemKind" NOT NULL,

    CONSTRAINT "Shipment_pkey" PRIMARY KEY ("shipment_id")
);

-- CreateTable
CREATE TABLE "Store" (
    "id" SERIAL NOT NULL,
    "code" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Store_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cart" (
    "cart_id" TEXT NOT NULL,
    "status" JSONB NOT NULL DEFAULT '{}',
    "size" BOOLEAN NOT NULL,

    CONSTRAINT "Cart_pkey" PRIMARY KEY ("cart_id")
);

-- CreateTable
CREATE TABLE "Folder" (
    "shipmentId" UUID NOT NULL,
    "priceNumber" INTEGER NOT NULL,
    "priceTenantId" TEXT NOT NULL,

    CONSTRAINT "Folder_pkey" PRIMARY KEY ("shipmentId","priceNumber","priceTenantId")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" TEXT NOT NULL,
    "code" BIGINT DEFAULT 0,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_hash_key" ON "Invoice"("hash");

-- CreateIndex
CREATE INDEX "Shipment_url2_idx" ON "Shipment" USING BRIN ("url2");

-- CreateIndex
CREATE UNIQUE INDEX "Store_code_key" ON "Store"("code");

-- CreateIndex
CREATE INDEX "Store_code_idx" ON "Store"("code");

-- CreateIndex
CREATE INDEX "Cart_size_idx" ON "Cart"("size");

-- CreateIndex
CREATE INDEX "Member_code_idx" ON "Member"("code");

-- CreateIndex
CREATE INDEX "member_code_1_ix" ON "Member"("code" DESC);

-- AddForeignKey
ALTER TABLE "Folder" ADD CONSTRAINT "Folder_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment"("shipment_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Folder" ADD CONSTRAINT "Folder_priceNumber_priceTenantId_fkey" FOREIGN KEY ("priceNumber", "priceTenantId") REFERENCES "prices"("number", "tenantId") ON DELETE CASCADE ON UPDATE CASCADE;
