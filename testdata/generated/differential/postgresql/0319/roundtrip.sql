-- AlterTable
ALTER TABLE "FolderHistory" DROP COLUMN "endsat_col",
ADD COLUMN     "endsat_col" BIT NOT NULL;

-- CreateIndex
CREATE INDEX "FolderHistory_size_endsat_col_idx" ON "FolderHistory"("size", "endsat_col");
