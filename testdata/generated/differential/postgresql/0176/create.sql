-- CreateEnum
CREATE TYPE "FileKind" AS ENUM ('archived_value', 'draft', 'ACTIVE', 'PENDING');

-- CreateTable
CREATE TABLE "Cart" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "avatar" CHAR(12),
    "body_col" TEXT,
    "code_col" BIGINT NOT NULL,
    "balance" BOOLEAN[] DEFAULT ARRAY[true, false]::BOOLEAN[],
    "raw" lseg,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "couponId" INTEGER NOT NULL,
    "addressId" INTEGER,

    CONSTRAINT "Cart_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "tokens" (
    "id" SERIAL NOT NULL,
    "note" JSONB DEFAULT '[]',
    "createdat_col" TIMESTAMP(3) NOT NULL,
    "planId" TEXT,

    CONSTRAINT "tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Coupon" (
    "id" SERIAL NOT NULL,
    "status_col" TIMESTAMPTZ(3),
    "size" TIMESTAMP(3) NOT NULL DEFAULT now(),
    "endsAt" BIGINT,
    "fileKind" "FileKind"[],
    "couponId" INTEGER,
    "cartTenantId" TEXT,
    "cartnumber_ref" INTEGER,

    CONSTRAINT "Coupon_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plans" (
    "plan_id" TEXT NOT NULL,
    "color" BYTEA NOT NULL,
    "secret" BOOLEAN DEFAULT false,

    CONSTRAINT "plans_pkey" PRIMARY KEY ("plan_id")
);

-- CreateTable
CREATE TABLE "Address" (
    "id" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "version" BOOLEAN[] DEFAULT ARRAY[true, false]::BOOLEAN[],
    "balance" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "hash" INTEGER NOT NULL,
    "fileKind" "FileKind"[],
    "cartTenantId" TEXT NOT NULL,
    "cartNumber" INTEGER NOT NULL,

    CONSTRAINT "Address_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Cart_addressId_idx" ON "Cart"("addressId");

-- CreateIndex
CREATE INDEX "Cart_code_col_idx" ON "Cart"("code_col");

-- CreateIndex
CREATE UNIQUE INDEX "Cart_avatar_code_col_key" ON "Cart"("avatar", "code_col");

-- CreateIndex
CREATE INDEX "Coupon_status_col_idx" ON "Coupon"("status_col" DESC);

-- CreateIndex
CREATE INDEX "Coupon_cartTenantId_idx" ON "Coupon" USING SPGIST ("cartTenantId");

-- CreateIndex
CREATE UNIQUE INDEX "Coupon_cartTenantId_cartnumber_ref_key" ON "Coupon"("cartTenantId", "cartnumber_ref");

-- CreateIndex
CREATE INDEX "plans_secret_idx" ON "plans"("secret");

-- CreateIndex
CREATE INDEX "plan_secret_1_ix" ON "plans"("secret");

-- CreateIndex
CREATE UNIQUE INDEX "Address_slug_key" ON "Address"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "address_balance_uq" ON "Address"("balance");

-- CreateIndex
CREATE INDEX "Address_balance_idx" ON "Address"("balance");

-- AddForeignKey
ALTER TABLE "Cart" ADD CONSTRAINT "Cart_couponId_fkey" FOREIGN KEY ("couponId") REFERENCES "Coupon"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cart" ADD CONSTRAINT "Cart_addressId_fkey" FOREIGN KEY ("addressId") REFERENCES "Address"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tokens" ADD CONSTRAINT "tokens_planId_fkey" FOREIGN KEY ("planId") REFERENCES "plans"("plan_id") ON DELETE CASCADE ON UPDATE SET DEFAULT;

-- AddForeignKey
ALTER TABLE "Coupon" ADD CONSTRAINT "Coupon_couponId_fkey" FOREIGN KEY ("couponId") REFERENCES "Coupon"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Coupon" ADD CONSTRAINT "Coupon_cartTenantId_cartnumber_ref_fkey" FOREIGN KEY ("cartTenantId", "cartnumber_ref") REFERENCES "Cart"("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Address" ADD CONSTRAINT "Address_cartTenantId_cartNumber_fkey" FOREIGN KEY ("cartTenantId", "cartNumber") REFERENCES "Cart"("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE;
