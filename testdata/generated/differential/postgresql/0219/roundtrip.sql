-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- AlterTable
ALTER TABLE "Category" ALTER COLUMN "amount" SET DEFAULT now();

-- AlterTable
ALTER TABLE "Session" ALTER COLUMN "position" SET DEFAULT CURRENT_TIMESTAMP;
