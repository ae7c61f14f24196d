-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "hstore";

-- CreateEnum
CREATE TYPE "ProductKind" AS ENUM ('high_value');

-- CreateTable
CREATE TABLE "Tag" (
    "id" BIGSERIAL NOT NULL,
    "status" DECIMAL[],
    "isActive" INTEGER DEFAULT 42,
    "url_col" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stores" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "price" OID DEFAULT 27,

    CONSTRAINT "store_primary" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "coupons" (
    "id" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "level" BYTEA NOT NULL,
    "productKind" "ProductKind" NOT NULL DEFAULT 'high_value',
    "raw" cidr,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "coupons_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Tag_isActive_key" ON "Tag"("isActive");

-- CreateIndex
CREATE INDEX "Tag_isActive_idx" ON "Tag"("isActive");

-- CreateIndex
CREATE INDEX "tag_isactive_1_ix" ON "Tag"("isActive" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "coupons_email_key" ON "coupons"("email");

-- CreateIndex
CREATE INDEX "coupons_productKind_idx" ON "coupons"("productKind" DESC);

-- CreateIndex
CREATE INDEX "coupons_email_idx" ON "coupons"("email");
