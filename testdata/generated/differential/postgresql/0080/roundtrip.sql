-- AlterTable
ALTER TABLE "Store" ALTER COLUMN "body" SET DEFAULT now();
