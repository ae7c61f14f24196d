-- AlterTable
ALTER TABLE "CategoryLink" ALTER COLUMN "color" SET DEFAULT now();
