-- AlterTable
ALTER TABLE "Profile" DROP COLUMN "size",
ADD COLUMN     "size" BIT NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Profile_size_count_key" ON "Profile"("size", "count");
