-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- CreateEnum
CREATE TYPE "ProductKind" AS ENUM ('draft', 'Published');

-- CreateEnum
CREATE TYPE "ShipmentKind" AS ENUM ('INACTIVE');

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL,
    "endsAt" DOUBLE PRECISION NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "payload" TIMESTAMP(3) NOT NULL,
    "rank" TEXT NOT NULL,
    "slug" OID NOT NULL DEFAULT 56,
    "note" BOOLEAN NOT NULL DEFAULT true,
    "position" BYTEA,
    "shipmentKind" "ShipmentKind",
    "raw" int4range,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Store" (
    "id" SERIAL NOT NULL,
    "createdAt" JSONB,

    CONSTRAINT "Store_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Token" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "price" BOOLEAN[],
    "email" REAL NOT NULL DEFAULT 0,
    "size" INTEGER NOT NULL,
    "expiresAt" BOOLEAN,
    "updatedat_col" BOOLEAN[] DEFAULT ARRAY[true, false]::BOOLEAN[],
    "meta" DOUBLE PRECISION DEFAULT 1.5,
    "shipmentKind" "ShipmentKind" NOT NULL DEFAULT 'INACTIVE',
    "updatedAt2" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "token_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Coupon" (
    "id" INTEGER NOT NULL,
    "email" BYTEA,
    "ratio" DECIMAL(65,30) NOT NULL DEFAULT 0,
    "email2_col" OID[],
    "shipmentKind" "ShipmentKind",

    CONSTRAINT "Coupon_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" UUID NOT NULL,
    "rank" BIGINT NOT NULL,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Project_endsAt_idx" ON "Project"("endsAt");

-- CreateIndex
CREATE INDEX "Comment_slug_idx" ON "Comment" USING BRIN ("slug");

-- CreateIndex
CREATE INDEX "Comment_rank_idx" ON "Comment" USING SPGIST ("rank");

-- CreateIndex
CREATE INDEX "Store_createdAt_idx" ON "Store" USING GIN ("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Token_size_key" ON "Token"("size");

-- CreateIndex
CREATE INDEX "Token_email_expiresAt_idx" ON "Token"("email", "expiresAt");

-- CreateIndex
CREATE INDEX "Token_size_idx" ON "Token"("size");

-- CreateIndex
CREATE INDEX "Coupon_shipmentKind_idx" ON "Coupon"("shipmentKind");

-- CreateIndex
CREATE INDEX "Coupon_ratio_idx" ON "Coupon"("ratio" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_rank_key" ON "Invoice"("rank");

-- CreateIndex
CREATE INDEX "Invoice_rank_idx" ON "Invoice"("rank");

-- CreateIndex
CREATE INDEX "invoice_rank_1_ix" ON "Invoice"("rank");
