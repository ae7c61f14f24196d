-- CreateEnum
CREATE TYPE "auditkind_type" AS ENUM ('high_value');

-- CreateEnum
CREATE TYPE "notekind_type" AS ENUM ('Published', 'DONE', 'archived_value');

-- CreateTable
CREATE TABLE "Coupon" (
    "id" SMALLSERIAL NOT NULL,
    "data" DECIMAL(65,30) NOT NULL,
    "version_col" DECIMAL NOT NULL DEFAULT 1.5,
    "verified" TEXT NOT NULL DEFAULT 'fixed'::text,
    "name" REAL NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "couponId" SMALLINT,

    CONSTRAINT "Coupon_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Coupon_data_key" ON "Coupon"("data" DESC);

-- CreateIndex
CREATE INDEX "Coupon_couponId_idx" ON "Coupon"("couponId");

-- CreateIndex
CREATE INDEX "coupon_couponid_0_ix" ON "Coupon"("couponId");

-- CreateIndex
CREATE INDEX "coupon_couponid_1_ix" ON "Coupon"("couponId");

-- AddForeignKey
ALTER TABLE "Coupon" ADD CONSTRAINT "coupon_couponid_fk" FOREIGN KEY ("couponId") REFERENCES "Coupon"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;
