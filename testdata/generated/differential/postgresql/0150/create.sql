-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pgcrypto";

-- CreateEnum
CREATE TYPE "ProfileKind" AS ENUM ('pending_value', 'draft', 'Published');

-- CreateEnum
CREATE TYPE "RatingKind" AS ENUM ('ACTIVE', 'Published', 'DONE');

-- CreateTable
CREATE TABLE "Tag" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "expiresAt" BIGINT NOT NULL,
    "count" TEXT[],
    "price" BYTEA,
    "raw" lseg,

    CONSTRAINT "tag_pk" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "Store" (
    "id" TEXT NOT NULL,
    "meta" DECIMAL(29,2) NOT NULL,
    "avatar" INTEGER,
    "position" BYTEA NOT NULL,
    "amount" DOUBLE PRECISION DEFAULT 1.5,
    "kind" BIGINT NOT NULL,
    "ratingKind" "RatingKind" NOT NULL,
    "tagNumber" INTEGER,
    "tagTenantId" TEXT,
    "tagNumber2" INTEGER NOT NULL,
    "tagTenantId2" TEXT NOT NULL,

    CONSTRAINT "Store_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Tag_expiresAt_idx" ON "Tag"("expiresAt");

-- CreateIndex
CREATE INDEX "tag_expiresat_1_ix" ON "Tag"("expiresAt");

-- CreateIndex
CREATE INDEX "Store_tagNumber_tagTenantId_idx" ON "Store"("tagNumber", "tagTenantId");

-- CreateIndex
CREATE INDEX "store_meta_0_ix" ON "Store"("meta" DESC, "tagTenantId2");

-- CreateIndex
CREATE INDEX "Store_tagNumber_idx" ON "Store"("tagNumber" DESC);

-- AddForeignKey
ALTER TABLE "Store" ADD CONSTRAINT "Store_tagNumber_tagTenantId_fkey" FOREIGN KEY ("tagNumber", "tagTenantId") REFERENCES "Tag"("number", "tenantId") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Store" ADD CONSTRAINT "Store_tagNumber2_tagTenantId2_fkey" FOREIGN KEY ("tagNumber2", "tagTenantId2") REFERENCES "Tag"("number", "tenantId") ON DELETE SET DEFAULT ON UPDATE CASCADE;
