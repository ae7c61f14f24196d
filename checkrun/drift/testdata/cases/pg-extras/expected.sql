-- DropForeignKey
ALTER TABLE "Audit" DROP CONSTRAINT "Audit_teamId_fkey";

-- DropIndex
DROP INDEX "Team_title_trgm_idx";

-- AlterTable
ALTER TABLE "Team" DROP COLUMN "legacy",
DROP COLUMN "required_legacy",
ALTER COLUMN "title" DROP DEFAULT;

-- DropTable
DROP TABLE "Audit";
