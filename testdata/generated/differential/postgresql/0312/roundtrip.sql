-- AlterTable
ALTER TABLE "TagWithAVeryLongNameThatGoesOnAndOnForTruncation" ALTER COLUMN "rank" SET DEFAULT now();
