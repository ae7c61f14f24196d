-- AlterTable
ALTER TABLE "Price" ALTER COLUMN "payload" SET DEFAULT 'fixed'::text;
