-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "hstore";

-- CreateEnum
CREATE TYPE "invoicewithaverylongnamethatgoesonandonfortruncationkind_type" AS ENUM ('LOW', 'Published', 'active_value', 'PENDING');

-- CreateTable
CREATE TABLE "Invoice" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "position" JSONB DEFAULT '[]',
    "verified" BIGINT NOT NULL DEFAULT 1234567890123,
    "score" DOUBLE PRECISION DEFAULT 0,
    "data_col" SMALLINT NOT NULL,
    "invoiceWithAVeryLongNameThatGoesOnAndOnForTruncationKind" "invoicewithaverylongnamethatgoesonandonfortruncationkind_type" DEFAULT 'Published',

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_score_key" ON "Invoice"("score");

-- CreateIndex
CREATE INDEX "Invoice_data_col_idx" ON "Invoice"("data_col" DESC);
