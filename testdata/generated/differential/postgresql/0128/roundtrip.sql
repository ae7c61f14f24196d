-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "hstore";

-- AlterTable
ALTER TABLE "Profile" ALTER COLUMN "version" SET DATA TYPE CHAR;
