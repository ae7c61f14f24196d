-- AlterTable
ALTER TABLE "Coupon" ALTER COLUMN "meta_col" SET DEFAULT now();
