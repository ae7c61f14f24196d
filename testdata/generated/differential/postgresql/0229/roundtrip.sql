-- AlterTable
ALTER TABLE "auth"."Price" DROP COLUMN "rank",
ADD COLUMN     "rank" BIT,
ALTER COLUMN "version" SET DEFAULT ARRAY[1, 2, 3]::OID[];

-- CreateIndex
CREATE INDEX "Price_rank_idx" ON "auth"."Price"("rank");
