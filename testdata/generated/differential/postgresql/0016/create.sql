-- CreateEnum
CREATE TYPE "LogKind" AS ENUM ('draft', 'Published', 'ACTIVE', 'PENDING');

-- CreateEnum
CREATE TYPE "PaymentKind" AS ENUM ('done_value', 'pending_value', 'Published', 'HIGH');

-- CreateTable
CREATE TABLE "MessageHistory" (
    "id" UUID NOT NULL,
    "handle" TEXT NOT NULL,
    "updatedAt" DECIMAL(11,4)[],
    "price" TIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" JSON NOT NULL DEFAULT '{"a": 1}',
    "note" MONEY[],
    "meta" TEXT,
    "paymentKind" "PaymentKind" NOT NULL,
    "raw" macaddr,

    CONSTRAINT "MessageHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" BIGSERIAL NOT NULL,
    "payload" TEXT DEFAULT 'it''s',
    "payload2" DOUBLE PRECISION,
    "total" BYTEA NOT NULL,
    "payload3" JSON NOT NULL,
    "startsat_col" DOUBLE PRECISION NOT NULL,
    "paymentKind" "PaymentKind" NOT NULL DEFAULT 'HIGH',

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Audit2" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "expiresAt" BOOLEAN NOT NULL,
    "hash" INTEGER NOT NULL DEFAULT 42,
    "secret" BIGINT NOT NULL DEFAULT 1234567890123,
    "createdAt" SMALLINT NOT NULL,
    "label" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rank" TIMESTAMP(3) NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "paymentKind" "PaymentKind" NOT NULL DEFAULT 'HIGH',

    CONSTRAINT "Audit2_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Team" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" BIGINT[],
    "paymentKind" "PaymentKind" NOT NULL DEFAULT 'HIGH',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "team_pk" PRIMARY KEY ("number","tenantId")
);

-- CreateIndex
CREATE UNIQUE INDEX "MessageHistory_handle_key" ON "MessageHistory"("handle");

-- CreateIndex
CREATE INDEX "Tag_paymentKind_idx" ON "Tag"("paymentKind");

-- CreateIndex
CREATE UNIQUE INDEX "audit2_label_uq" ON "Audit2"("label");

-- CreateIndex
CREATE INDEX "Audit2_expiresAt_idx" ON "Audit2"("expiresAt");

-- CreateIndex
CREATE INDEX "audit2_expiresat_1_ix" ON "Audit2"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Team_paymentKind_key" ON "Team"("paymentKind");

-- CreateIndex
CREATE INDEX "Team_paymentKind_idx" ON "Team"("paymentKind");

-- CreateIndex
CREATE INDEX "Team_tenantId_idx" ON "Team" USING SPGIST ("tenantId");
