-- AlterTable
ALTER TABLE "Folder" ALTER COLUMN "payload" SET DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Log" ALTER COLUMN "slug2_col" SET DEFAULT 'fixed'::text;
