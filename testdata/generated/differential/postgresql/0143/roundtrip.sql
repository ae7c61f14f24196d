-- AlterTable
ALTER TABLE "auth"."Session" ALTER COLUMN "amount_col" SET DEFAULT CURRENT_TIMESTAMP;
