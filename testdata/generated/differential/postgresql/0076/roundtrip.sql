-- AlterTable
ALTER TABLE "Address" ALTER COLUMN "payload" SET DEFAULT now();
