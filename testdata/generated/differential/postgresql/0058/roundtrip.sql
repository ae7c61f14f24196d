-- AlterTable
ALTER TABLE "RatingEntry" ALTER COLUMN "raw" SET DATA TYPE Int4;
