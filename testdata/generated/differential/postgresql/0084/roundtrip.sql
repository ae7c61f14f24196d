-- AlterTable
ALTER TABLE "Role" DROP COLUMN "color",
ADD COLUMN     "color" BIT[] DEFAULT ARRAY[]::BIT[];
