-- AlterTable
ALTER TABLE "Token" ALTER COLUMN "version" SET DEFAULT now();
