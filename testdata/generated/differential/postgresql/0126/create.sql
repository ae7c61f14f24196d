-- CreateEnum
CREATE TYPE "ratingkind_type" AS ENUM ('ARCHIVED');

-- CreateTable
CREATE TABLE "refunds" (
    "id" BIGSERIAL NOT NULL,
    "total" JSONB NOT NULL,
    "data" BIGINT[],
    "balance_col" JSONB NOT NULL DEFAULT '{}',
    "total2" TIMETZ NOT NULL,
    "color" DOUBLE PRECISION NOT NULL,
    "refundId" BIGINT,

    CONSTRAINT "refunds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamItem" (
    "id" SERIAL NOT NULL,
    "version" DECIMAL(65,30) NOT NULL,
    "code" DOUBLE PRECISION,
    "position" BYTEA,
    "title_col" INTEGER[] DEFAULT ARRAY[]::INTEGER[],

    CONSTRAINT "TeamItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Coupon" (
    "coupon_id" TEXT NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Coupon_pkey" PRIMARY KEY ("coupon_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "refunds_color_key" ON "refunds"("color");

-- CreateIndex
CREATE UNIQUE INDEX "refunds_refundId_key" ON "refunds"("refundId");

-- CreateIndex
CREATE INDEX "refunds_total2_idx" ON "refunds"("total2");

-- CreateIndex
CREATE UNIQUE INDEX "teamitem_version_uq" ON "TeamItem"("version");

-- CreateIndex
CREATE INDEX "TeamItem_version_idx" ON "TeamItem"("version");

-- CreateIndex
CREATE INDEX "teamitem_code_1_ix" ON "TeamItem"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Coupon_isActive_key" ON "Coupon"("isActive");

-- CreateIndex
CREATE INDEX "Coupon_isActive_idx" ON "Coupon"("isActive");

-- AddForeignKey
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_refundId_fkey" FOREIGN KEY ("refundId") REFERENCES "refunds"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;
