-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "audit";

-- CreateEnum
CREATE TYPE "audit"."channelkind_type" AS ENUM ('DONE', 'PENDING');

-- CreateTable
CREATE TABLE "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" BIGSERIAL NOT NULL,
    "handle" TEXT NOT NULL,
    "status" TIMESTAMP(1) NOT NULL,
    "avatar" JSONB DEFAULT '{}',
    "channelKind" "audit"."channelkind_type" NOT NULL DEFAULT 'PENDING',
    "couponNumber" INTEGER NOT NULL,
    "couponTenantId" TEXT NOT NULL,

    CONSTRAINT "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit"."coupons" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "level" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "score" BOOLEAN,
    "ratio" INTEGER NOT NULL DEFAULT -7,
    "channelKind" "audit"."channelkind_type" NOT NULL,
    "accountId" TEXT,

    CONSTRAINT "coupons_pkey" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "body" BIGINT NOT NULL,
    "url" BOOLEAN NOT NULL DEFAULT false,
    "channelKind" "audit"."channelkind_type" NOT NULL DEFAULT 'PENDING',
    "accountId" TEXT,

    CONSTRAINT "account_primary" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "color" BIGINT,
    "avatar" INTEGER[],
    "channelKind" "audit"."channelkind_type" NOT NULL,
    "raw" lseg,
    "accountid_ref" TEXT,
    "couponNumber" INTEGER,
    "coupontenantid_ref" TEXT,

    CONSTRAINT "plan_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "TokenWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "tokenwithaverylongnamethatgoesonandonfortruncation_id" TEXT NOT NULL,
    "payload" VARBIT NOT NULL,

    CONSTRAINT "TokenWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("tokenwithaverylongnamethatgoesonandonfortruncation_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation_handle_key" ON "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation"("handle");

-- CreateIndex
CREATE INDEX "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation_coupon_idx" ON "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation"("couponNumber", "couponTenantId");

-- CreateIndex
CREATE INDEX "sessionwithaverylongnamethatgoesonandonf_coupontenantid_0_ix" ON "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation"("couponTenantId");

-- CreateIndex
CREATE INDEX "Account_accountId_idx" ON "Account"("accountId");

-- CreateIndex
CREATE INDEX "account_body_0_ix" ON "Account"("body", "url");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_couponNumber_coupontenantid_ref_key" ON "Plan"("couponNumber", "coupontenantid_ref");

-- AddForeignKey
ALTER TABLE "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation" ADD CONSTRAINT "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation_coupo_fkey" FOREIGN KEY ("couponNumber", "couponTenantId") REFERENCES "audit"."coupons"("number", "tenantId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit"."coupons" ADD CONSTRAINT "coupons_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_accountid_ref_fkey" FOREIGN KEY ("accountid_ref") REFERENCES "Account"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_couponNumber_coupontenantid_ref_fkey" FOREIGN KEY ("couponNumber", "coupontenantid_ref") REFERENCES "audit"."coupons"("number", "tenantId") ON DELETE SET NULL ON UPDATE RESTRICT;
