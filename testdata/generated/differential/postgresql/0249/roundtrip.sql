-- AlterTable
ALTER TABLE "comments" ALTER COLUMN "body" SET DATA TYPE CHAR;
