-- AlterTable
ALTER TABLE "couponwithaverylongnamethatgoesonandonfortruncations" DROP COLUMN "meta",
ADD COLUMN     "meta" BIT[],
ALTER COLUMN "name2_col" SET DEFAULT CURRENT_TIMESTAMP;
