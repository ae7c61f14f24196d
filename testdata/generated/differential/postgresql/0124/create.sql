-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "billing";

-- CreateEnum
CREATE TYPE "AuditKind" AS ENUM ('Published');

-- CreateTable
CREATE TABLE "couponwithaverylongnamethatgoesonandonfortruncations" (
    "id" TEXT NOT NULL,
    "amount_col" BOOLEAN NOT NULL DEFAULT true,
    "size" DOUBLE PRECISION NOT NULL,
    "level" DECIMAL(65,30) NOT NULL DEFAULT 1.5,
    "auditKind" "AuditKind" NOT NULL,
    "raw" macaddr,
    "categoryId" INTEGER NOT NULL,

    CONSTRAINT "couponwithaverylongnamethatgoesonandonfortruncations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "billing"."Category" (
    "id" SERIAL NOT NULL,
    "position" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "note" JSONB NOT NULL DEFAULT '[]',
    "title" TEXT[],

    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "billing"."Product" (
    "id" SERIAL NOT NULL,
    "amount" TEXT,
    "updatedAt" BIT(1) NOT NULL DEFAULT '1',
    "endsAt" DOUBLE PRECISION DEFAULT 0,
    "status" TIMESTAMP(3) NOT NULL DEFAULT (now() + '1 day'::interval),
    "size" BYTEA,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "billing"."Order" (
    "id" SERIAL NOT NULL,
    "slug" BIGINT[],
    "email" BYTEA[],
    "score_col" JSON NOT NULL DEFAULT '[]',
    "payload" TIMESTAMP(3)[],
    "data_col" TIMESTAMPTZ NOT NULL,
    "auditKind" "AuditKind"[],

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "couponwithaverylongnamethatgoesonandonfortruncations_id_idx" ON "couponwithaverylongnamethatgoesonandonfortruncations" USING SPGIST ("id");

-- CreateIndex
CREATE INDEX "Category_position_idx" ON "billing"."Category" USING GIN ("position");

-- CreateIndex
CREATE UNIQUE INDEX "Product_status_key" ON "billing"."Product"("status");

-- CreateIndex
CREATE INDEX "Product_amount_idx" ON "billing"."Product" USING SPGIST ("amount");

-- AddForeignKey
ALTER TABLE "couponwithaverylongnamethatgoesonandonfortruncations" ADD CONSTRAINT "couponwithaverylongnamethatgoesonandonfortruncations_categ_fkey" FOREIGN KEY ("categoryId") REFERENCES "billing"."Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
