-- CreateEnum
CREATE TYPE "CommentKind" AS ENUM ('HIGH', 'done_value', 'ACTIVE', 'LOW');

-- CreateEnum
CREATE TYPE "PlanKind" AS ENUM ('ACTIVE');

-- CreateTable
CREATE TABLE "Tag" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "isActive" JSON DEFAULT '{}',
    "price" UUID DEFAULT gen_random_uuid(),
    "count" INTEGER NOT NULL,
    "raw" Int4,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Tag_slug_key" ON "Tag"("slug");

-- CreateIndex
CREATE INDEX "tag_price_0_ix" ON "Tag"("price" DESC);
