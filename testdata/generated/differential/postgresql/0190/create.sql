-- CreateEnum
CREATE TYPE "storekind_type" AS ENUM ('Published', 'DONE', 'HIGH', 'PENDING');

-- CreateTable
CREATE TABLE "Tag" (
    "id" TEXT NOT NULL,
    "score" TEXT,
    "storeKind" "storekind_type" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "tagId" TEXT,
    "tagId2" TEXT,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Tag_tagId_idx" ON "Tag"("tagId");

-- CreateIndex
CREATE INDEX "Tag_tagId2_idx" ON "Tag"("tagId2");

-- CreateIndex
CREATE INDEX "Tag_score_tagId2_idx" ON "Tag"("score", "tagId2");

-- AddForeignKey
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_tagId2_fkey" FOREIGN KEY ("tagId2") REFERENCES "Tag"("id") ON DELETE SET NULL ON UPDATE CASCADE;
