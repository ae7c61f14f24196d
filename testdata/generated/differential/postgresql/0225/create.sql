-- CreateEnum
CREATE TYPE "MessageKind" AS ENUM ('ACTIVE', 'Published', 'high_value', 'LOW');

-- CreateEnum
CREATE TYPE "FolderKind" AS ENUM ('Published');

-- CreateTable
CREATE TABLE "Post" (
    "id" BIGSERIAL NOT NULL,
    "status" SMALLINT,
    "verified" INTEGER NOT NULL,
    "flags" BYTEA,
    "balance" TIMESTAMP(3),
    "messageKind" "MessageKind" NOT NULL DEFAULT 'ACTIVE',
    "postId" BIGINT,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Post_postId_key" ON "Post"("postId");

-- CreateIndex
CREATE INDEX "post_postid_0_ix" ON "Post"("postId" DESC);

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE SET NULL ON UPDATE CASCADE;
