-- AlterTable
ALTER TABLE "Refund" ALTER COLUMN "startsAt" SET DEFAULT ARRAY[1, 2, 3]::OID[];
