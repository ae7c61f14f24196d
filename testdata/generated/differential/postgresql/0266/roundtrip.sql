-- AlterTable
ALTER TABLE "CategoryItem" ALTER COLUMN "total" SET DATA TYPE CHAR;
