-- AlterTable
ALTER TABLE "Note" ALTER COLUMN "flags" SET DEFAULT now();
