-- CreateEnum
CREATE TYPE "DeviceKind" AS ENUM ('LOW', 'INACTIVE', 'ACTIVE');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "expiresAt" DOUBLE PRECISION NOT NULL,
    "expiresAt2" BYTEA NOT NULL,
    "payload" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "paymentTenantId" TEXT NOT NULL,
    "paymentNumber" INTEGER NOT NULL,
    "paymentTenantId2" TEXT NOT NULL,
    "paymentNumber2" INTEGER NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Coupon" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "url" JSON DEFAULT '{"a": 1}',
    "code" BYTEA NOT NULL,
    "color" BIGINT NOT NULL,
    "color2" BOOLEAN NOT NULL DEFAULT false,
    "version" DOUBLE PRECISION,
    "url2" DOUBLE PRECISION NOT NULL DEFAULT -2.25,

    CONSTRAINT "Coupon_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "payments" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "level" TIMETZ(4) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "couponTenantId" TEXT NOT NULL,
    "couponnumber_ref" INTEGER NOT NULL,
    "couponTenantId2" TEXT NOT NULL,
    "couponNumber2" INTEGER NOT NULL,

    CONSTRAINT "payment_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Team" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "weight" BYTEA NOT NULL,
    "secret" INTEGER DEFAULT 0,
    "data" TIME(2) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "couponTenantId" TEXT,
    "couponnumber_ref" INTEGER,

    CONSTRAINT "team_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE INDEX "User_paymentTenantId2_paymentNumber2_idx" ON "User"("paymentTenantId2", "paymentNumber2");

-- CreateIndex
CREATE INDEX "User_id_idx" ON "User" USING SPGIST ("id");

-- CreateIndex
CREATE UNIQUE INDEX "User_paymentTenantId_paymentNumber_key" ON "User"("paymentTenantId", "paymentNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Coupon_color_key" ON "Coupon"("color" DESC);

-- CreateIndex
CREATE INDEX "Coupon_version_idx" ON "Coupon"("version");

-- CreateIndex
CREATE UNIQUE INDEX "coupon_pair_key" ON "Coupon"("color", "url2");

-- CreateIndex
CREATE UNIQUE INDEX "payments_slug_key" ON "payments"("slug");

-- CreateIndex
CREATE INDEX "payments_couponNumber2_idx" ON "payments"("couponNumber2" DESC);

-- CreateIndex
CREATE INDEX "payment_couponnumber2_1_ix" ON "payments" USING BRIN ("couponNumber2");

-- CreateIndex
CREATE UNIQUE INDEX "payments_couponTenantId_couponnumber_ref_key" ON "payments"("couponTenantId", "couponnumber_ref");

-- CreateIndex
CREATE INDEX "Team_couponTenantId_couponnumber_ref_idx" ON "Team"("couponTenantId", "couponnumber_ref");

-- CreateIndex
CREATE INDEX "Team_couponTenantId_idx" ON "Team"("couponTenantId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "user_paymenttenantid_fk" FOREIGN KEY ("paymentTenantId", "paymentNumber") REFERENCES "payments"("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_paymentTenantId2_paymentNumber2_fkey" FOREIGN KEY ("paymentTenantId2", "paymentNumber2") REFERENCES "payments"("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payments" ADD CONSTRAINT "payments_couponTenantId_couponnumber_ref_fkey" FOREIGN KEY ("couponTenantId", "couponnumber_ref") REFERENCES "Coupon"("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payments" ADD CONSTRAINT "payments_couponTenantId2_couponNumber2_fkey" FOREIGN KEY ("couponTenantId2", "couponNumber2") REFERENCES "Coupon"("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_couponTenantId_couponnumber_ref_fkey" FOREIGN KEY ("couponTenantId", "couponnumber_ref") REFERENCES "Coupon"("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE;
