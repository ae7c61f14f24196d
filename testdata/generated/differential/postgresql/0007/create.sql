-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "app";

-- CreateTable
CREATE TABLE "app"."Invoice" (
    "id" SERIAL NOT NULL,
    "total_col" BOOLEAN NOT NULL,
    "ratio" BYTEA NOT NULL,
    "publishedAt" CHAR(28) DEFAULT 'abcdefgh',
    "color" TIMETZ(6) NOT NULL,
    "createdAt" JSONB NOT NULL DEFAULT '{}',
    "hash" DOUBLE PRECISION NOT NULL,
    "raw" circle,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "invoice_total_uq" ON "app"."Invoice"("total_col");

-- CreateIndex
CREATE INDEX "Invoice_publishedAt_idx" ON "app"."Invoice"("publishedAt");
