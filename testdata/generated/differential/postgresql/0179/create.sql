-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pgcrypto";

-- CreateEnum
CREATE TYPE "CategoryKind" AS ENUM ('done_value', 'INACTIVE', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('draft', 'INACTIVE', 'ACTIVE');

-- CreateTable
CREATE TABLE "regions" (
    "id" TEXT NOT NULL,
    "count" TEXT NOT NULL,
    "eventKind" "EventKind" NOT NULL DEFAULT 'INACTIVE',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "regions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" SERIAL NOT NULL,
    "slug" BIGINT NOT NULL DEFAULT 1234567890123,
    "url" TIMESTAMP(3) NOT NULL,
    "count" BIGINT,
    "price" BYTEA NOT NULL,
    "level_col" TEXT NOT NULL DEFAULT '',
    "eventKind" "EventKind" NOT NULL DEFAULT 'ACTIVE',
    "raw" Int4,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TokenHistory" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "avatar" BIGINT NOT NULL DEFAULT 0,
    "data" BYTEA,
    "eventKind" "EventKind" NOT NULL,

    CONSTRAINT "TokenHistory_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" REAL NOT NULL DEFAULT -2.25,
    "data" TIMETZ NOT NULL,
    "payload" BIGINT NOT NULL,
    "categoryKind" "CategoryKind" NOT NULL DEFAULT 'ARCHIVED',
    "productId" INTEGER,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("number","tenantId")
);

-- CreateIndex
CREATE UNIQUE INDEX "region_eventkind_uq" ON "regions"("eventKind");

-- CreateIndex
CREATE INDEX "regions_count_idx" ON "regions"("count" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "product_slug_uq" ON "Product"("slug");

-- CreateIndex
CREATE INDEX "Product_count_idx" ON "Product"("count");

-- CreateIndex
CREATE INDEX "Product_level_col_idx" ON "Product"("level_col");

-- CreateIndex
CREATE INDEX "TokenHistory_avatar_eventKind_idx" ON "TokenHistory"("avatar", "eventKind");

-- CreateIndex
CREATE INDEX "tokenhistory_avatar_1_ix" ON "TokenHistory"("avatar" DESC, "eventKind");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_productId_key" ON "Invoice"("productId");

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE SET NULL ON UPDATE CASCADE;
