-- AlterTable
ALTER TABLE "users" ALTER COLUMN "avatar" SET NOT NULL;
