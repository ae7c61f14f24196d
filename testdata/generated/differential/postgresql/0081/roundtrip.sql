-- AlterTable
ALTER TABLE "Shipment" ALTER COLUMN "raw" SET DATA TYPE Int4;
