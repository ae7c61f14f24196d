-- CreateEnum
CREATE TYPE "RoleKind" AS ENUM ('HIGH', 'published_value');

-- CreateEnum
CREATE TYPE "CategoryKind" AS ENUM ('ACTIVE', 'HIGH');

-- CreateTable
CREATE TABLE "posts" (
    "id" UUID NOT NULL,
    "body_col" TEXT NOT NULL,
    "payload" DOUBLE PRECISION,
    "kind" BIGINT NOT NULL DEFAULT 1234567890123,
    "flags" INTEGER[],
    "categoryKind" "CategoryKind" DEFAULT 'HIGH',
    "postId" UUID,
    "postId2" UUID,

    CONSTRAINT "posts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" SMALLSERIAL NOT NULL,
    "data_col" JSONB DEFAULT '[]',

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "posts_postId_key" ON "posts"("postId");

-- CreateIndex
CREATE INDEX "posts_postId2_idx" ON "posts" USING HASH ("postId2");

-- CreateIndex
CREATE UNIQUE INDEX "post_pair_key" ON "posts"("body_col", "categoryKind");

-- CreateIndex
CREATE INDEX "Project_data_col_idx" ON "Project" USING GIN ("data_col" jsonb_ops);

-- AddForeignKey
ALTER TABLE "posts" ADD CONSTRAINT "posts_postId_fkey" FOREIGN KEY ("postId") REFERENCES "posts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "posts" ADD CONSTRAINT "posts_postId2_fkey" FOREIGN KEY ("postId2") REFERENCES "posts"("id") ON DELETE RESTRICT ON UPDATE SET NULL;
