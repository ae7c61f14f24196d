-- AlterTable
ALTER TABLE "Post" ALTER COLUMN "data" SET DEFAULT 'fixed'::text;
