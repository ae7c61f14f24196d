-- CreateEnum
CREATE TYPE "CouponKind" AS ENUM ('PENDING', 'done_value');

-- CreateEnum
CREATE TYPE "StoreEntryKind" AS ENUM ('Published', 'inactive_value', 'DONE');

-- CreateTable
CREATE TABLE "Shipment" (
    "id" INTEGER NOT NULL,
    "updatedAt" TEXT NOT NULL,
    "rank" JSONB NOT NULL,
    "meta" TIME(6) NOT NULL,
    "note" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "couponKind" "CouponKind",
    "raw" circle,
    "fileId" BIGINT,

    CONSTRAINT "Shipment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "File" (
    "id" BIGSERIAL NOT NULL,
    "slug" MONEY NOT NULL,
    "weight" BIT(7) DEFAULT '1111111',
    "createdat_col" INET,
    "url_col" TEXT,
    "note" INTEGER,
    "couponKind" "CouponKind" NOT NULL,
    "raw" interval,
    "shipmentId" INTEGER NOT NULL,

    CONSTRAINT "File_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Shipment_fileId_idx" ON "Shipment"("fileId");

-- CreateIndex
CREATE INDEX "shipment_note_0_ix" ON "Shipment" USING HASH ("note");

-- CreateIndex
CREATE INDEX "Shipment_meta_note_idx" ON "Shipment"("meta", "note");

-- CreateIndex
CREATE UNIQUE INDEX "File_shipmentId_key" ON "File"("shipmentId");

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "File"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "File" ADD CONSTRAINT "File_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
