-- CreateEnum
CREATE TYPE "RoleKind" AS ENUM ('INACTIVE', 'ACTIVE');

-- CreateTable
CREATE TABLE "CategoryItem" (
    "id" INTEGER NOT NULL,
    "code" DOUBLE PRECISION NOT NULL DEFAULT -2.25,
    "total" CHAR,
    "kind" OID,
    "startsat_col" INTEGER DEFAULT -7,
    "avatar" DOUBLE PRECISION,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "commentId" INTEGER,

    CONSTRAINT "CategoryItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "code" REAL NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "commentId" INTEGER,
    "commentId2" INTEGER,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CategoryItem_commentId_idx" ON "CategoryItem"("commentId");

-- CreateIndex
CREATE INDEX "CategoryItem_kind_idx" ON "CategoryItem"("kind");

-- CreateIndex
CREATE INDEX "categoryitem_kind_1_ix" ON "CategoryItem"("kind" DESC);

-- CreateIndex
CREATE INDEX "Comment_code_idx" ON "Comment"("code");

-- AddForeignKey
ALTER TABLE "CategoryItem" ADD CONSTRAINT "CategoryItem_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_commentId2_fkey" FOREIGN KEY ("commentId2") REFERENCES "Comment"("id") ON DELETE SET NULL ON UPDATE NO ACTION;
