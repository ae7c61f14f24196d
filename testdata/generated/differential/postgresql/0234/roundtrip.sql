-- AlterTable
ALTER TABLE "members" ALTER COLUMN "startsAt" SET DATA TYPE CHAR;
