-- AlterTable
ALTER TABLE "tasks" ALTER COLUMN "raw" SET DATA TYPE Int4;
