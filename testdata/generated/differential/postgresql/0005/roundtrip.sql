-- AlterTable
ALTER TABLE "logs" DROP COLUMN "color",
ADD COLUMN     "color" BIT NOT NULL;
