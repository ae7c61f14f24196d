-- AlterTable
ALTER TABLE "Coupon" ALTER COLUMN "size" SET DEFAULT now();
