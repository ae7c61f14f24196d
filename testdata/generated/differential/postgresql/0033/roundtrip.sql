-- AlterTable
ALTER TABLE "plans" ALTER COLUMN "amount" SET DATA TYPE CHAR;
