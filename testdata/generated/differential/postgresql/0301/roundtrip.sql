-- AlterTable
ALTER TABLE "Order" ALTER COLUMN "endsAt" SET DATA TYPE CHAR;

-- AlterTable
ALTER TABLE "Team" DROP COLUMN "score",
ADD COLUMN     "score" BIT NOT NULL;
