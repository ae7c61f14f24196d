-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "app";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "extra";

-- CreateEnum
CREATE TYPE "extra"."EventKind" AS ENUM ('draft');

-- CreateEnum
CREATE TYPE "app"."RatingWithAVeryLongNameThatGoesOnAndOnForTruncationKind" AS ENUM ('ARCHIVED', 'draft', 'PENDING', 'Published');

-- CreateTable
CREATE TABLE "Store" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "rank" BIGINT NOT NULL,
    "createdAt" DECIMAL(18,0) NOT NULL,
    "count" INTEGER,
    "label" VARCHAR,
    "count2" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "ratingWithAVeryLongNameThatGoesOnAndOnForTruncationKind" "app"."RatingWithAVeryLongNameThatGoesOnAndOnForTruncationKind",

    CONSTRAINT "Store_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app"."CartWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" TEXT NOT NULL,
    "flags" UUID DEFAULT '8b0f2c1e-7a3d-4c55-9b1a-2f6e7d8c9a0b',
    "startsAt" JSONB NOT NULL,
    "hash" INTEGER NOT NULL DEFAULT 42,
    "isActive" INTEGER NOT NULL,

    CONSTRAINT "CartWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "extra"."Account" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "label" JSONB NOT NULL DEFAULT '{}',
    "note" INTEGER NOT NULL,
    "meta" BIGINT NOT NULL DEFAULT 1234567890123,
    "rank" TEXT,
    "raw" macaddr,
    "accountTenantId" TEXT,
    "accountNumber" INTEGER,
    "cart2Id" INTEGER NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "extra"."Cart2" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "ratio" BIGINT NOT NULL,
    "eventKind" "extra"."EventKind",

    CONSTRAINT "Cart2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Price" (
    "id" SERIAL NOT NULL,
    "count" TIMESTAMP(3) NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',

    CONSTRAINT "Price_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Store_email_key" ON "Store"("email");

-- CreateIndex
CREATE INDEX "Store_createdAt_email_idx" ON "Store"("createdAt", "email");

-- CreateIndex
CREATE INDEX "Store_ratingWithAVeryLongNameThatGoesOnAndOnForTruncationKi_idx" ON "Store"("ratingWithAVeryLongNameThatGoesOnAndOnForTruncationKind");

-- CreateIndex
CREATE INDEX "CartWithAVeryLongNameThatGoesOnAndOnForTruncation_hash_idx" ON "app"."CartWithAVeryLongNameThatGoesOnAndOnForTruncation" USING HASH ("hash");

-- CreateIndex
CREATE INDEX "cartwithaverylongnamethatgoesonandonfort_flags_1_ix" ON "app"."CartWithAVeryLongNameThatGoesOnAndOnForTruncation"("flags");

-- CreateIndex
CREATE UNIQUE INDEX "CartWithAVeryLongNameThatGoesOnAndOnForTruncation_flags_has_key" ON "app"."CartWithAVeryLongNameThatGoesOnAndOnForTruncation"("flags", "hash");

-- CreateIndex
CREATE UNIQUE INDEX "Account_cart2Id_key" ON "extra"."Account"("cart2Id");

-- CreateIndex
CREATE INDEX "Account_accountTenantId_accountNumber_idx" ON "extra"."Account"("accountTenantId", "accountNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Cart2_name_key" ON "extra"."Cart2"("name");

-- CreateIndex
CREATE UNIQUE INDEX "cart2_pair_key" ON "extra"."Cart2"("ratio", "eventKind");

-- CreateIndex
CREATE INDEX "Price_count_idx" ON "Price"("count");

-- AddForeignKey
ALTER TABLE "extra"."Account" ADD CONSTRAINT "Account_accountTenantId_accountNumber_fkey" FOREIGN KEY ("accountTenantId", "accountNumber") REFERENCES "extra"."Account"("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "extra"."Account" ADD CONSTRAINT "Account_cart2Id_fkey" FOREIGN KEY ("cart2Id") REFERENCES "extra"."Cart2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
