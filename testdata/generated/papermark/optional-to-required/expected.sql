-- AlterTable
ALTER TABLE "Team" ALTER COLUMN "vectorStoreId" SET NOT NULL;
