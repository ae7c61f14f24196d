-- AlterTable
ALTER TABLE "Product" DROP COLUMN "label",
ADD COLUMN     "label" BIT NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Product_label_key" ON "Product"("label" DESC);
