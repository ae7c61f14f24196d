-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "base";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "extra";

-- CreateEnum
CREATE TYPE "extra"."ProductWithAVeryLongNameThatGoesOnAndOnForTruncationKind" AS ENUM ('ARCHIVED', 'INACTIVE', 'Published', 'pending_value');

-- CreateTable
CREATE TABLE "base"."Tag" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "publishedAt" BIGINT NOT NULL,
    "status_col" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "price" JSONB NOT NULL,
    "raw" tsquery,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("number","tenantId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Tag_slug_key" ON "base"."Tag"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_status_col_key" ON "base"."Tag"("status_col" DESC);

-- CreateIndex
CREATE INDEX "Tag_tenantId_idx" ON "base"."Tag" USING SPGIST ("tenantId");
