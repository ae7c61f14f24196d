-- CreateEnum
CREATE TYPE "PlanKind" AS ENUM ('done_value', 'inactive_value', 'Published', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "channelkind_type" AS ENUM ('PENDING', 'ARCHIVED', 'draft');

-- CreateTable
CREATE TABLE "Session" (
    "id" BIGSERIAL NOT NULL,
    "handle" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "publishedat_col" BIGINT,
    "meta" TIMETZ(5)[],

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" TEXT NOT NULL,
    "amount" BIGINT,
    "updatedAt" DECIMAL(12,4),
    "payload_col" INTEGER DEFAULT 42,
    "endsAt" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "color" BYTEA NOT NULL,
    "planKind" "PlanKind" NOT NULL,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Refund" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "level" BOOLEAN,
    "size" DOUBLE PRECISION NOT NULL,
    "status" INTEGER,
    "updatedAt" DECIMAL(65,30)[],
    "publishedAt" TEXT[],
    "score" DECIMAL(65,30) NOT NULL,
    "raw" polygon,
    "invoiceId" TEXT NOT NULL,

    CONSTRAINT "Refund_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Log" (
    "sessionHandle" TEXT NOT NULL,
    "refundTenantId" TEXT NOT NULL,
    "refundNumber" INTEGER NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Log_pkey" PRIMARY KEY ("sessionHandle","refundTenantId","refundNumber")
);

-- CreateIndex
CREATE UNIQUE INDEX "Session_handle_key" ON "Session"("handle");

-- CreateIndex
CREATE INDEX "Session_handle_idx" ON "Session" USING SPGIST ("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_planKind_key" ON "Invoice"("planKind" DESC);

-- CreateIndex
CREATE INDEX "Invoice_updatedAt_idx" ON "Invoice"("updatedAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Refund_email_key" ON "Refund"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_invoiceId_key" ON "Refund"("invoiceId");

-- CreateIndex
CREATE INDEX "refund_level_0_ix" ON "Refund"("level");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_level_email_key" ON "Refund"("level", "email");

-- CreateIndex
CREATE INDEX "Log_sessionHandle_idx" ON "Log" USING SPGIST ("sessionHandle");

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Log" ADD CONSTRAINT "Log_sessionHandle_fkey" FOREIGN KEY ("sessionHandle") REFERENCES "Session"("handle") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Log" ADD CONSTRAINT "Log_refundTenantId_refundNumber_fkey" FOREIGN KEY ("refundTenantId", "refundNumber") REFERENCES "Refund"("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE;
