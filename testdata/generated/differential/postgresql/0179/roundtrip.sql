-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pgcrypto";

-- AlterTable
ALTER TABLE "Product" ALTER COLUMN "raw" SET DATA TYPE Int4;
