-- AlterTable
ALTER TABLE "audits" DROP COLUMN "kind",
ADD COLUMN     "kind" BIT NOT NULL;
