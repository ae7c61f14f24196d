-- CreateEnum
CREATE TYPE "storeentrykind_type" AS ENUM ('archived_value', 'HIGH');

-- CreateEnum
CREATE TYPE "TagKind" AS ENUM ('LOW', 'HIGH', 'Published', 'ACTIVE');

-- CreateTable
CREATE TABLE "Cart" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "code" INTEGER DEFAULT (1 + 2),
    "verified" REAL,
    "body_col" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "startsAt" TIMESTAMP(3) NOT NULL DEFAULT (now() + '1 day'::interval),
    "data" INTEGER NOT NULL DEFAULT 42,
    "color" TEXT DEFAULT '',
    "storeEntryKind" "storeentrykind_type" NOT NULL DEFAULT 'HIGH',

    CONSTRAINT "Cart_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Payment" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "level" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "code_col" BIT(2),
    "rank" SMALLINT NOT NULL DEFAULT -7,
    "raw" lseg,

    CONSTRAINT "payment_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Refund" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "expiresAt" BYTEA NOT NULL,
    "createdAt" BOOLEAN,
    "meta" TIMESTAMP[],
    "publishedAt" JSONB NOT NULL DEFAULT '[]',
    "email" DOUBLE PRECISION[],
    "ratio" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "refund_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Log" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "verified" TIMESTAMP(3) NOT NULL,
    "ratio" TIMESTAMP(3)[],
    "expiresAt" BIGINT[],
    "count" BIGINT,

    CONSTRAINT "Log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "payment_rank_uq" ON "Payment"("rank");

-- CreateIndex
CREATE INDEX "Payment_level_idx" ON "Payment"("level");

-- CreateIndex
CREATE INDEX "Payment_tenantId_idx" ON "Payment" USING SPGIST ("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "payment_pair_key" ON "Payment"("level", "rank");

-- CreateIndex
CREATE UNIQUE INDEX "refund_ratio_uq" ON "Refund"("ratio");

-- CreateIndex
CREATE INDEX "Refund_ratio_idx" ON "Refund"("ratio" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Log_email_key" ON "Log"("email");

-- CreateIndex
CREATE INDEX "Log_email_idx" ON "Log"("email");

-- CreateIndex
CREATE INDEX "log_email_1_ix" ON "Log"("email");
