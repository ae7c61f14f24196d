-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('draft', 'PENDING');

-- CreateEnum
CREATE TYPE "userkind_type" AS ENUM ('ACTIVE');

-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "version" BIGINT NOT NULL,
    "price" TIMESTAMP(3) NOT NULL,
    "version2" BIGINT NOT NULL,
    "rank" TIMESTAMP,
    "color" DECIMAL(65,30) DEFAULT 0,
    "meta" DECIMAL(65,30) NOT NULL,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "comment_version2_uq" ON "Comment"("version2");

-- CreateIndex
CREATE INDEX "Comment_color_idx" ON "Comment"("color" DESC);
