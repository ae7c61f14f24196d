-- CreateEnum
CREATE TYPE "OrderKind" AS ENUM ('LOW', 'archived_value');

-- CreateTable
CREATE TABLE "Store" (
    "id" SERIAL NOT NULL,
    "endsAt" MONEY NOT NULL,
    "title" BOOLEAN[] DEFAULT ARRAY[true, false]::BOOLEAN[],
    "orderKind" "OrderKind" NOT NULL DEFAULT 'LOW',

    CONSTRAINT "Store_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Coupon" (
    "id" UUID NOT NULL,
    "url" XML[],
    "channelCouponId" UUID,
    "channelitemid_ref" TEXT,

    CONSTRAINT "Coupon_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "items" (
    "id" TEXT NOT NULL,
    "avatar" DATE NOT NULL,

    CONSTRAINT "items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Channel" (
    "couponId" UUID NOT NULL,
    "itemId" TEXT NOT NULL,

    CONSTRAINT "Channel_pkey" PRIMARY KEY ("couponId","itemId")
);

-- CreateIndex
CREATE INDEX "Store_endsAt_orderKind_idx" ON "Store"("endsAt", "orderKind");

-- CreateIndex
CREATE INDEX "Coupon_channelCouponId_channelitemid_ref_idx" ON "Coupon"("channelCouponId", "channelitemid_ref");

-- CreateIndex
CREATE INDEX "Coupon_channelCouponId_idx" ON "Coupon"("channelCouponId");

-- CreateIndex
CREATE INDEX "items_avatar_idx" ON "items"("avatar");

-- AddForeignKey
ALTER TABLE "Coupon" ADD CONSTRAINT "Coupon_channelCouponId_channelitemid_ref_fkey" FOREIGN KEY ("channelCouponId", "channelitemid_ref") REFERENCES "Channel"("couponId", "itemId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Channel" ADD CONSTRAINT "Channel_couponId_fkey" FOREIGN KEY ("couponId") REFERENCES "Coupon"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Channel" ADD CONSTRAINT "Channel_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
