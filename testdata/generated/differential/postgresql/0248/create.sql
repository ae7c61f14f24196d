-- CreateEnum
CREATE TYPE "TagKind" AS ENUM ('LOW', 'published_value');

-- CreateTable
CREATE TABLE "Invoice" (
    "id" SERIAL NOT NULL,
    "hash" OID NOT NULL DEFAULT 29,
    "tagKind" "TagKind" DEFAULT 'LOW',

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notes" (
    "id" SERIAL NOT NULL,
    "startsAt" TIMESTAMPTZ(6) NOT NULL,
    "size" INTEGER NOT NULL,
    "tagKind" "TagKind" NOT NULL,

    CONSTRAINT "notes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tokenwithaverylongnamethatgoesonandonfortruncations" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "meta" TIMETZ[],

    CONSTRAINT "tokenwithaverylongnamethatgoesonandonfortruncations_pkey" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" SMALLSERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "status" OID NOT NULL DEFAULT 69,
    "updatedAt" DECIMAL(18,1) NOT NULL,
    "publishedAt" DECIMAL(65,30) NOT NULL,
    "note" TIMESTAMP(3)[],
    "updatedat2_col" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "tagKind" "TagKind" NOT NULL DEFAULT 'LOW',

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_tagKind_key" ON "Invoice"("tagKind");

-- CreateIndex
CREATE INDEX "Invoice_hash_idx" ON "Invoice"("hash" DESC);

-- CreateIndex
CREATE INDEX "invoice_hash_1_ix" ON "Invoice"("hash");

-- CreateIndex
CREATE INDEX "notes_tagKind_size_idx" ON "notes"("tagKind", "size");

-- CreateIndex
CREATE UNIQUE INDEX "tokenwithaverylongnamethatgoesonandonfortruncations_handle_key" ON "tokenwithaverylongnamethatgoesonandonfortruncations"("handle");

-- CreateIndex
CREATE INDEX "tokenwithaverylongnamethatgoesonandonfor_handle_0_ix" ON "tokenwithaverylongnamethatgoesonandonfortruncations"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_slug_key" ON "Plan"("slug");

-- CreateIndex
CREATE INDEX "Plan_publishedAt_idx" ON "Plan"("publishedAt" DESC);
