-- AlterTable
ALTER TABLE "Post" ALTER COLUMN "name" SET DEFAULT now();
