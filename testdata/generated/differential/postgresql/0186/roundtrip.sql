-- AlterTable
ALTER TABLE "Folder" DROP COLUMN "code",
ADD COLUMN     "code" BIT DEFAULT '1';

-- CreateIndex
CREATE INDEX "Folder_code_idx" ON "Folder"("code");
