-- AlterTable
ALTER TABLE "Folder" ALTER COLUMN "price" SET DEFAULT now();
