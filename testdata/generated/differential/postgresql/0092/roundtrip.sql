-- AlterTable
ALTER TABLE "Coupon" ALTER COLUMN "url" SET DEFAULT now();
