-- AlterTable
ALTER TABLE "plans" ALTER COLUMN "price" SET DEFAULT now();
