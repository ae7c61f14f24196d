-- AlterTable
ALTER TABLE "Audit" ALTER COLUMN "weight" SET DEFAULT now();

-- AlterTable
ALTER TABLE "Channel" ALTER COLUMN "position" SET DEFAULT now();
