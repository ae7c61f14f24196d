-- AlterTable
ALTER TABLE "DeviceWithAVeryLongNameThatGoesOnAndOnForTruncation" ALTER COLUMN "endsAt" SET DATA TYPE CHAR[];
