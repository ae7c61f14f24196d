-- CreateEnum
CREATE TYPE "folderkind_type" AS ENUM ('draft_value', 'published_value', 'INACTIVE', 'ACTIVE');

-- CreateEnum
CREATE TYPE "RatingKind" AS ENUM ('DONE', 'INACTIVE');

-- CreateTable
CREATE TABLE "payments" (
    "id" TEXT NOT NULL,
    "slug_col" JSONB NOT NULL DEFAULT '{}',
    "folderKind" "folderkind_type" NOT NULL DEFAULT 'draft_value',

    CONSTRAINT "payments_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "payments_folderKind_key" ON "payments"("folderKind");

-- CreateIndex
CREATE INDEX "payments_folderKind_idx" ON "payments"("folderKind" DESC);

-- CreateIndex
CREATE INDEX "payment_folderkind_1_ix" ON "payments"("folderKind");
