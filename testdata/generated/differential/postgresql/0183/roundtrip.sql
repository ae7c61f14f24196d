-- AlterTable
ALTER TABLE "Coupon" ALTER COLUMN "count" SET DEFAULT 'fixed'::text;
