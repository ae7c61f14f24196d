-- AlterTable
ALTER TABLE "Coupon" ALTER COLUMN "raw" SET DATA TYPE Int4;
