-- AlterTable
ALTER TABLE "Price" ALTER COLUMN "weight" SET DEFAULT '8b0f2c1e-7a3d-4c55-9b1a-2f6e7d8c9a0b',
ALTER COLUMN "data" SET DEFAULT now();
