-- AlterTable
ALTER TABLE "Role" DROP COLUMN "size",
ADD COLUMN     "size" BIT NOT NULL;

-- CreateIndex
CREATE INDEX "Role_size_idx" ON "Role"("size");
