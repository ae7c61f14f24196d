-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "hstore";

-- CreateEnum
CREATE TYPE "OrderKind" AS ENUM ('ACTIVE', 'HIGH', 'PENDING', 'LOW');

-- CreateTable
CREATE TABLE "CouponItem" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "verified" BOOLEAN NOT NULL,
    "flags" TEXT NOT NULL,
    "meta_col" INTEGER,
    "endsAt" TIMETZ(4) NOT NULL,
    "label" TEXT NOT NULL,
    "email" VARCHAR(103) NOT NULL DEFAULT (gen_random_uuid())::text,

    CONSTRAINT "CouponItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Refund" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" BYTEA NOT NULL,
    "orderKind" "OrderKind" NOT NULL,
    "couponItemId" INTEGER,

    CONSTRAINT "Refund_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE UNIQUE INDEX "CouponItem_slug_key" ON "CouponItem"("slug");

-- CreateIndex
CREATE INDEX "couponitem_flags_0_ix" ON "CouponItem"("flags", "meta_col");

-- CreateIndex
CREATE INDEX "CouponItem_flags_idx" ON "CouponItem"("flags");

-- CreateIndex
CREATE INDEX "Refund_couponItemId_idx" ON "Refund"("couponItemId");
