-- AlterTable
ALTER TABLE "AuditWithAVeryLongNameThatGoesOnAndOnForTruncation" ALTER COLUMN "count" SET DATA TYPE CHAR;
