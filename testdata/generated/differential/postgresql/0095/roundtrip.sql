-- AlterTable
ALTER TABLE "Post" ALTER COLUMN "slug" SET DEFAULT 'fixed'::text;
