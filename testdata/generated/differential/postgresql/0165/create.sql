-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('INACTIVE', 'ARCHIVED');

-- CreateTable
CREATE TABLE "Address_v2" (
    "id" INTEGER NOT NULL,
    "body" BOOLEAN,
    "slug" DOUBLE PRECISION NOT NULL,
    "url" TEXT NOT NULL,
    "note_col" BIGINT[],
    "weight" INTEGER DEFAULT (1 + 2),
    "eventKind" "EventKind" DEFAULT 'ARCHIVED',

    CONSTRAINT "Address_v2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" JSONB,
    "size" BYTEA,
    "slug" BOOLEAN,
    "score" INTEGER,
    "slug2" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "size2" REAL,
    "invoiceId" UUID,

    CONSTRAINT "invoice_primary" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Address_v2_slug_key" ON "Address_v2"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_slug_key" ON "Invoice"("slug" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_invoiceId_key" ON "Invoice"("invoiceId");

-- CreateIndex
CREATE INDEX "Invoice_score_idx" ON "Invoice"("score" DESC);

-- CreateIndex
CREATE INDEX "Invoice_slug_idx" ON "Invoice"("slug");

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE CASCADE ON UPDATE CASCADE;
