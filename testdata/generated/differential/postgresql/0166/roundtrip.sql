-- AlterTable
ALTER TABLE "Profile" ALTER COLUMN "url" SET DEFAULT 'fixed'::text;
