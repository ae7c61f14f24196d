-- AlterTable
ALTER TABLE "Price" ALTER COLUMN "position" SET DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Role" ALTER COLUMN "kind" SET DEFAULT 'fixed'::text;
