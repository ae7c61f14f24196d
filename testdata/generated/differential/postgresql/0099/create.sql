-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "audit";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "base";

-- CreateEnum
CREATE TYPE "base"."TagLinkKind" AS ENUM ('done_value');

-- CreateTable
CREATE TABLE "Payment2" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "payload" INTEGER,
    "kind" INTEGER NOT NULL,
    "hash" INET NOT NULL DEFAULT '127.0.0.1',
    "email" JSONB NOT NULL,
    "publishedAt" BYTEA NOT NULL,
    "tagLinkKind" "base"."TagLinkKind"[] DEFAULT ARRAY['done_value']::"base"."TagLinkKind"[],

    CONSTRAINT "Payment2_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "audit"."Refund" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "url" TIMESTAMP(0) NOT NULL,
    "size" BIGINT,
    "payload" DECIMAL(65,30)[],
    "flags" TEXT NOT NULL,
    "score" TIME(4) NOT NULL,
    "raw" point,

    CONSTRAINT "Refund_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Category" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "label" BOOLEAN NOT NULL,
    "status_col" INET DEFAULT '127.0.0.1',
    "label2" TIMESTAMP(3)[],
    "tagLinkKind" "base"."TagLinkKind" NOT NULL,
    "categoryTenantId" TEXT,
    "categoryNumber" INTEGER,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE INDEX "Payment2_payload_idx" ON "Payment2"("payload");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_email_key" ON "audit"."Refund"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_score_key" ON "audit"."Refund"("score");

-- CreateIndex
CREATE INDEX "Category_categoryTenantId_idx" ON "Category" USING SPGIST ("categoryTenantId");

-- CreateIndex
CREATE UNIQUE INDEX "Category_categoryTenantId_categoryNumber_key" ON "Category"("categoryTenantId", "categoryNumber");

-- AddForeignKey
ALTER TABLE "Category" ADD CONSTRAINT "Category_categoryTenantId_categoryNumber_fkey" FOREIGN KEY ("categoryTenantId", "categoryNumber") REFERENCES "Category"("tenantId", "number") ON DELETE NO ACTION ON UPDATE SET DEFAULT;
