-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- AlterTable
ALTER TABLE "PaymentHistory" ALTER COLUMN "url" SET DEFAULT now(),
ALTER COLUMN "price" SET DEFAULT now();
