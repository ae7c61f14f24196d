-- AlterTable
ALTER TABLE "Address" ALTER COLUMN "secret_col" SET DATA TYPE CHAR[];
