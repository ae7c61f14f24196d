-- AlterTable
ALTER TABLE "Address" ALTER COLUMN "secret_col" SET DATA TYPE CHAR;

-- AlterTable
ALTER TABLE "Comment" ALTER COLUMN "color" SET DEFAULT now();
