-- AlterTable
ALTER TABLE "Coupon" ALTER COLUMN "verified" SET DEFAULT 'fixed'::text;
