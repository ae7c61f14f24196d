-- AlterTable
ALTER TABLE "base"."Tag" DROP COLUMN "meta",
ADD COLUMN     "meta" BIT NOT NULL;
