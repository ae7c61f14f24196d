-- AlterTable
ALTER TABLE "Device" ALTER COLUMN "verified" SET DEFAULT now();
