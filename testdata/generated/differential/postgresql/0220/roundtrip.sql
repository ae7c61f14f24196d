-- AlterTable
ALTER TABLE "Channel" ALTER COLUMN "amount" SET DEFAULT now();
