-- AlterTable
ALTER TABLE "User" ALTER COLUMN "slug" SET DEFAULT 'fixed'::text;
