-- AlterTable
ALTER TABLE "TagWithAVeryLongNameThatGoesOnAndOnForTruncation" ALTER COLUMN "raw" SET DATA TYPE Int4;
