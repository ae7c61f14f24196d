-- AlterTable
ALTER TABLE "billing"."posts" ALTER COLUMN "ratio" SET DEFAULT now();
