-- AlterTable
ALTER TABLE "AccountWithAVeryLongNameThatGoesOnAndOnForTruncation" ALTER COLUMN "amount" SET DEFAULT CURRENT_TIMESTAMP;
