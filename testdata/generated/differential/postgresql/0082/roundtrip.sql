-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- AlterTable
ALTER TABLE "Token" ALTER COLUMN "size" SET DEFAULT ARRAY[1, 2, 3]::OID[];
