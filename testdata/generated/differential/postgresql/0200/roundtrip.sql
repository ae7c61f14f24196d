-- AlterTable
ALTER TABLE "Note" DROP COLUMN "secret",
ADD COLUMN     "secret" BIT NOT NULL;
