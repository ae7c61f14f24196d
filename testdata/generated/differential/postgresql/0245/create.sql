-- CreateEnum
CREATE TYPE "FileKind" AS ENUM ('ACTIVE');

-- CreateEnum
CREATE TYPE "ItemWithAVeryLongNameThatGoesOnAndOnForTruncationKind" AS ENUM ('low_value');

-- CreateTable
CREATE TABLE "Refund" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "url" VARCHAR(51) NOT NULL,
    "meta" DECIMAL(29,2) NOT NULL,
    "title" BYTEA,
    "fileKind" "FileKind" NOT NULL,
    "refundTenantId" TEXT,
    "refundNumber" INTEGER,

    CONSTRAINT "Refund_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE UNIQUE INDEX "refund_filekind_uq" ON "Refund"("fileKind");

-- CreateIndex
CREATE INDEX "Refund_refundNumber_idx" ON "Refund"("refundNumber");

-- CreateIndex
CREATE INDEX "Refund_refundTenantId_refundNumber_idx" ON "Refund"("refundTenantId" DESC, "refundNumber");

-- CreateIndex
CREATE INDEX "Refund_tenantId_idx" ON "Refund" USING SPGIST ("tenantId");

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_refundTenantId_refundNumber_fkey" FOREIGN KEY ("refundTenantId", "refundNumber") REFERENCES "Refund"("tenantId", "number") ON DELETE SET NULL ON UPDATE SET NULL;
