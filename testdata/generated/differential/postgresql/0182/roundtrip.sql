-- AlterTable
ALTER TABLE "Cart" DROP COLUMN "size",
ADD COLUMN     "size" BIT NOT NULL;

-- CreateIndex
CREATE INDEX "Cart_size_idx" ON "Cart"("size");
