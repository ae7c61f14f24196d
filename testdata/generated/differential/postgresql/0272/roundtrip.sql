-- AlterTable
ALTER TABLE "DeviceEntry" ALTER COLUMN "raw" SET DATA TYPE Int4;
