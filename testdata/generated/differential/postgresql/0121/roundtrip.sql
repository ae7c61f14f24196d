-- AlterTable
ALTER TABLE "Shipment" ALTER COLUMN "status" SET DEFAULT 'fixed'::text;
