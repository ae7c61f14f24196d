-- AlterTable
ALTER TABLE "ChannelLink" ALTER COLUMN "name" SET DATA TYPE CHAR[];
