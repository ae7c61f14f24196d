-- AlterTable
ALTER TABLE "Event" DROP COLUMN "code",
ADD COLUMN     "code" BIT NOT NULL;

-- AlterTable
ALTER TABLE "productitems" ALTER COLUMN "rank" SET DATA TYPE CHAR[];
