-- AlterTable
ALTER TABLE "Device" ALTER COLUMN "publishedAt" SET DEFAULT 'fixed'::text;
