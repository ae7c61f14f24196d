-- CreateEnum
CREATE TYPE "AuditKind" AS ENUM ('ACTIVE', 'Published', 'ARCHIVED');

-- CreateTable
CREATE TABLE "Channel" (
    "id" TEXT NOT NULL,
    "expiresat_col" DOUBLE PRECISION NOT NULL,
    "slug" TIMESTAMP(3) NOT NULL,
    "email" BOOLEAN NOT NULL,
    "updatedAt" BYTEA[],
    "data" JSON,
    "amount" REAL NOT NULL,
    "auditKind" "AuditKind"[] DEFAULT ARRAY['ACTIVE']::"AuditKind"[],

    CONSTRAINT "Channel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Note" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "slug" VARCHAR(114)[],
    "ratio_col" BOOLEAN,
    "ratio2" BYTEA,
    "weight" BIGINT[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Region" (
    "id" SERIAL NOT NULL,
    "weight_col" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "auditKind" "AuditKind" DEFAULT 'ACTIVE',

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemberWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" TEXT NOT NULL,
    "meta" JSONB DEFAULT '{"a": 1}',
    "color" TIMESTAMP(3) NOT NULL,
    "price" BIGINT,
    "price2" VARCHAR(54),
    "data" TIMESTAMP(3) NOT NULL DEFAULT (now() + '1 day'::interval),
    "price3" TIMESTAMP NOT NULL,
    "regionId" INTEGER,

    CONSTRAINT "MemberWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "couponwithaverylongnamethatgoesonandonfortruncations" (
    "id" SERIAL NOT NULL,
    "balance" TIME(6),
    "meta" BIT[],
    "total" CHAR(27) NOT NULL DEFAULT 'abcdefgh',
    "name" BYTEA NOT NULL,
    "name2_col" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "createdAt" BYTEA[],
    "auditKind" "AuditKind" DEFAULT 'Published',
    "raw" lseg,

    CONSTRAINT "couponwithaverylongnamethatgoesonandonfortruncations_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Channel_expiresat_col_amount_idx" ON "Channel"("expiresat_col", "amount");

-- CreateIndex
CREATE INDEX "channel_amount_1_ix" ON "Channel"("amount");

-- CreateIndex
CREATE UNIQUE INDEX "Channel_email_expiresat_col_key" ON "Channel"("email", "expiresat_col");

-- CreateIndex
CREATE UNIQUE INDEX "Note_email_key" ON "Note"("email");

-- CreateIndex
CREATE INDEX "Note_email_idx" ON "Note"("email");

-- CreateIndex
CREATE UNIQUE INDEX "region_auditkind_uq" ON "Region"("auditKind");

-- CreateIndex
CREATE INDEX "Region_auditKind_idx" ON "Region"("auditKind");

-- CreateIndex
CREATE INDEX "region_auditkind_1_ix" ON "Region"("auditKind" DESC);

-- CreateIndex
CREATE INDEX "Region_weight_col_idx" ON "Region" USING GIN ("weight_col");

-- CreateIndex
CREATE INDEX "MemberWithAVeryLongNameThatGoesOnAndOnForTruncation_regionI_idx" ON "MemberWithAVeryLongNameThatGoesOnAndOnForTruncation"("regionId");

-- CreateIndex
CREATE INDEX "memberwithaverylongnamethatgoesonandonfo_data_0_ix" ON "MemberWithAVeryLongNameThatGoesOnAndOnForTruncation"("data");

-- CreateIndex
CREATE UNIQUE INDEX "MemberWithAVeryLongNameThatGoesOnAndOnForTruncation_data_co_key" ON "MemberWithAVeryLongNameThatGoesOnAndOnForTruncation"("data", "color");

-- CreateIndex
CREATE INDEX "couponwithaverylongnamethatgoesonandonfo_auditkind_0_ix" ON "couponwithaverylongnamethatgoesonandonfortruncations"("auditKind");

-- CreateIndex
CREATE INDEX "couponwithaverylongnamethatgoesonandonfortruncations_auditK_idx" ON "couponwithaverylongnamethatgoesonandonfortruncations"("auditKind");

-- AddForeignKey
ALTER TABLE "MemberWithAVeryLongNameThatGoesOnAndOnForTruncation" ADD CONSTRAINT "MemberWithAVeryLongNameThatGoesOnAndOnForTruncation_region_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;
