-- CreateTable
CREATE TABLE "coupons" (
    "id" TEXT NOT NULL,
    "position" BOOLEAN NOT NULL DEFAULT false,
    "expiresAt" DOUBLE PRECISION,
    "status" INET[] DEFAULT ARRAY[]::INET[],
    "level" INTEGER NOT NULL DEFAULT 0,
    "total" BOOLEAN[],
    "couponid_ref" TEXT,
    "storeId" INTEGER,

    CONSTRAINT "coupons_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Store" (
    "id" SERIAL NOT NULL,
    "kind_col" TEXT NOT NULL,
    "hash_col" BOOLEAN NOT NULL,
    "verified" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "isActive" INTEGER NOT NULL,
    "rank" XML NOT NULL,
    "weight" BIGINT NOT NULL DEFAULT 0,
    "raw" cidr,
    "couponId" TEXT,

    CONSTRAINT "Store_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" SERIAL NOT NULL,
    "weight" BOOLEAN NOT NULL,
    "expiresAt" INTEGER NOT NULL,
    "label" JSONB DEFAULT '{}',
    "raw" cidr,
    "accountId" INTEGER,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Address" (
    "id" INTEGER NOT NULL,
    "rank" REAL NOT NULL DEFAULT -2.25,
    "raw" interval,

    CONSTRAINT "Address_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_CouponToStore" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_CouponToStore_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "coupons_expiresAt_idx" ON "coupons"("expiresAt" DESC);

-- CreateIndex
CREATE INDEX "coupons_couponid_ref_idx" ON "coupons"("couponid_ref");

-- CreateIndex
CREATE INDEX "Store_couponId_hash_col_idx" ON "Store"("couponId", "hash_col");

-- CreateIndex
CREATE INDEX "Store_hash_col_idx" ON "Store"("hash_col");

-- CreateIndex
CREATE UNIQUE INDEX "account_expiresat_uq" ON "Account"("expiresAt");

-- CreateIndex
CREATE INDEX "Account_accountId_weight_idx" ON "Account"("accountId", "weight");

-- CreateIndex
CREATE UNIQUE INDEX "Address_rank_key" ON "Address"("rank");

-- CreateIndex
CREATE INDEX "Address_rank_idx" ON "Address"("rank" DESC);

-- CreateIndex
CREATE INDEX "address_rank_1_ix" ON "Address"("rank");

-- CreateIndex
CREATE INDEX "_CouponToStore_B_index" ON "_CouponToStore"("B");

-- AddForeignKey
ALTER TABLE "coupons" ADD CONSTRAINT "coupons_couponid_ref_fkey" FOREIGN KEY ("couponid_ref") REFERENCES "coupons"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "coupons" ADD CONSTRAINT "coupons_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Store" ADD CONSTRAINT "Store_couponId_fkey" FOREIGN KEY ("couponId") REFERENCES "coupons"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CouponToStore" ADD CONSTRAINT "_CouponToStore_A_fkey" FOREIGN KEY ("A") REFERENCES "coupons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CouponToStore" ADD CONSTRAINT "_CouponToStore_B_fkey" FOREIGN KEY ("B") REFERENCES "Store"("id") ON DELETE CASCADE ON UPDATE CASCADE;
