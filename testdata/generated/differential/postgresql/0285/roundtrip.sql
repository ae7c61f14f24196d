-- AlterTable
ALTER TABLE "Tag" ALTER COLUMN "note" SET DEFAULT 'fixed'::text;
