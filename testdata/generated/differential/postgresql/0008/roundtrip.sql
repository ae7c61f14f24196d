-- AlterTable
ALTER TABLE "auth"."Role" DROP COLUMN "level",
ADD COLUMN     "level" BIT NOT NULL;
