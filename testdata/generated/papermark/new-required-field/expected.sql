-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "region" TEXT NOT NULL;
