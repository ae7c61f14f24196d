-- AlterTable
ALTER TABLE "Message" ALTER COLUMN "startsAt" SET DATA TYPE CHAR;

-- AlterTable
ALTER TABLE "Rating" ALTER COLUMN "balance" SET DEFAULT 'fixed'::text;
