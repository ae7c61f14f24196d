-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "app";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "audit";

-- CreateEnum
CREATE TYPE "audit"."StoreKind" AS ENUM ('PENDING');

-- CreateEnum
CREATE TYPE "app"."regionkind_type" AS ENUM ('draft', 'ARCHIVED', 'LOW', 'HIGH');

-- CreateTable
CREATE TABLE "app"."TeamWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" TEXT NOT NULL,
    "publishedAt" BIGINT,
    "version" TEXT NOT NULL DEFAULT 'back\slash',
    "meta" BOOLEAN NOT NULL DEFAULT false,
    "label" TEXT NOT NULL,

    CONSTRAINT "TeamWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" SERIAL NOT NULL,
    "amount" BOOLEAN NOT NULL DEFAULT true,
    "code" BOOLEAN NOT NULL,
    "endsAt" TEXT NOT NULL DEFAULT 'it''s',
    "meta_col" TIMETZ(5),
    "color" TIME DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "productId" INTEGER,
    "teamId" TEXT,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit"."ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" TEXT NOT NULL,
    "amount" TIMETZ(4),

    CONSTRAINT "ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TeamWithAVeryLongNameThatGoesOnAndOnForTruncation_version_idx" ON "app"."TeamWithAVeryLongNameThatGoesOnAndOnForTruncation"("version" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Product_meta_col_key" ON "Product"("meta_col" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Product_teamId_key" ON "Product"("teamId");

-- CreateIndex
CREATE INDEX "Product_productId_idx" ON "Product"("productId");

-- CreateIndex
CREATE INDEX "product_endsat_0_ix" ON "Product"("endsAt" DESC);

-- CreateIndex
CREATE INDEX "product_color_1_ix" ON "Product"("color");

-- CreateIndex
CREATE INDEX "ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation_amount_idx" ON "audit"."ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation"("amount");

-- CreateIndex
CREATE INDEX "channelwithaverylongnamethatgoesonandonf_amount_1_ix" ON "audit"."ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation"("amount");

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "app"."TeamWithAVeryLongNameThatGoesOnAndOnForTruncation"("id") ON DELETE SET NULL ON UPDATE CASCADE;
