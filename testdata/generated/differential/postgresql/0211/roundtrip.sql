-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pgcrypto";

-- AlterTable
ALTER TABLE "Shipment" ALTER COLUMN "startsAt" SET DEFAULT ARRAY[1, 2, 3]::OID[];

-- AlterTable
ALTER TABLE "Tag" ALTER COLUMN "version" SET DEFAULT 'fixed'::text;

-- AlterTable
ALTER TABLE "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation" ALTER COLUMN "balance" SET DATA TYPE CHAR;
