-- AlterTable
ALTER TABLE "userentrys" DROP COLUMN "flags",
ADD COLUMN     "flags" BIT;
