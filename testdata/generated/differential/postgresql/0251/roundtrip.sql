-- AlterTable
ALTER TABLE "posts" DROP COLUMN "note",
ADD COLUMN     "note" BIT NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "posts_hash_note_key" ON "posts"("hash", "note");
