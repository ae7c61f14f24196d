-- AlterTable
ALTER TABLE "Payment" ALTER COLUMN "size" SET DEFAULT 'fixed'::text;
