-- AlterTable
ALTER TABLE "space" ADD COLUMN     "region" TEXT NOT NULL;
