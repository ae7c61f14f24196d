-- CreateEnum
CREATE TYPE "RatingKind" AS ENUM ('Published', 'INACTIVE');

-- CreateEnum
CREATE TYPE "memberkind_type" AS ENUM ('DONE');

-- CreateTable
CREATE TABLE "Coupon_v2" (
    "id" SERIAL NOT NULL,
    "expiresAt" INTEGER NOT NULL DEFAULT (1 + 2),
    "data" TEXT NOT NULL DEFAULT '',
    "endsAt" TIMESTAMP(3) NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "balance" DOUBLE PRECISION NOT NULL,
    "ratingKind" "RatingKind" NOT NULL,

    CONSTRAINT "Coupon_v2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "plan_id" TEXT NOT NULL,
    "expiresAt" SMALLINT,
    "publishedAt" OID DEFAULT 37,
    "ratingKind" "RatingKind"[],
    "raw" circle,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("plan_id")
);

-- CreateTable
CREATE TABLE "Plan_v2" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "title" INTEGER NOT NULL DEFAULT 42,
    "isactive_col" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "memberKind" "memberkind_type" NOT NULL,
    "raw" cidr,
    "planId" TEXT,

    CONSTRAINT "Plan_v2_pkey" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "commenthistorys" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "verified" TEXT,
    "level" INTEGER[],
    "isActive" UUID NOT NULL DEFAULT gen_random_uuid(),
    "flags" DOUBLE PRECISION NOT NULL,
    "memberKind" "memberkind_type" NOT NULL DEFAULT 'DONE',

    CONSTRAINT "commenthistory_pk" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "payments" (
    "id" BIGSERIAL NOT NULL,
    "handle" TEXT NOT NULL,
    "endsAt" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "ratingKind" "RatingKind"[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "payments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Channel" (
    "paymentId" BIGINT NOT NULL,
    "commentHistoryNumber" INTEGER NOT NULL,
    "commentHistoryTenantId" TEXT NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Channel_pkey" PRIMARY KEY ("paymentId","commentHistoryNumber","commentHistoryTenantId")
);

-- CreateTable
CREATE TABLE "TokenWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "plan_v2Number" INTEGER NOT NULL,
    "plan_v2TenantId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,

    CONSTRAINT "TokenWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("plan_v2Number","plan_v2TenantId","planId")
);

-- CreateIndex
CREATE INDEX "Coupon_v2_ratingKind_idx" ON "Coupon_v2"("ratingKind");

-- CreateIndex
CREATE INDEX "Coupon_v2_balance_endsAt_idx" ON "Coupon_v2"("balance", "endsAt");

-- CreateIndex
CREATE INDEX "Plan_expiresAt_idx" ON "Plan"("expiresAt");

-- CreateIndex
CREATE INDEX "plan_expiresat_1_ix" ON "Plan"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "plan_pair_key" ON "Plan"("publishedAt", "expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_v2_handle_key" ON "Plan_v2"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "plan_v2_isactive_uq" ON "Plan_v2"("isactive_col");

-- CreateIndex
CREATE INDEX "Plan_v2_handle_idx" ON "Plan_v2" USING SPGIST ("handle");

-- CreateIndex
CREATE UNIQUE INDEX "commenthistorys_flags_key" ON "commenthistorys"("flags");

-- CreateIndex
CREATE INDEX "commenthistorys_isActive_idx" ON "commenthistorys"("isActive" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "payments_handle_key" ON "payments"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "payments_endsAt_key" ON "payments"("endsAt");

-- CreateIndex
CREATE INDEX "payments_handle_endsAt_idx" ON "payments"("handle", "endsAt");

-- CreateIndex
CREATE INDEX "payments_handle_idx" ON "payments"("handle" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "payments_handle_endsAt_key" ON "payments"("handle", "endsAt");

-- CreateIndex
CREATE INDEX "TokenWithAVeryLongNameThatGoesOnAndOnForTruncation_plan_v2T_idx" ON "TokenWithAVeryLongNameThatGoesOnAndOnForTruncation" USING SPGIST ("plan_v2TenantId");
