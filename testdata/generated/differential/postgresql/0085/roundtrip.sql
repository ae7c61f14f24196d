-- AlterTable
ALTER TABLE "Review" ALTER COLUMN "raw" SET DATA TYPE Int4;
