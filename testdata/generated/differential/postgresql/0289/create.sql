-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "auth";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "extra";

-- CreateEnum
CREATE TYPE "extra"."RegionKind" AS ENUM ('done_value', 'HIGH', 'ARCHIVED');

-- CreateTable
CREATE TABLE "refunds" (
    "id" TEXT NOT NULL,
    "body" INTEGER[] DEFAULT ARRAY[1, 2, 3]::INTEGER[],
    "name" DECIMAL(19,2) DEFAULT 0,
    "flags" TIMESTAMPTZ(4) NOT NULL,
    "avatar" REAL DEFAULT 1.5,
    "raw" tsquery,

    CONSTRAINT "refunds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth"."Team" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "body" BOOLEAN NOT NULL,
    "position" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "title" BYTEA NOT NULL,
    "email" TEXT,
    "kind" JSON NOT NULL,
    "teamTenantId" TEXT,
    "teamnumber_ref" INTEGER,

    CONSTRAINT "team_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Store" (
    "id" TEXT NOT NULL,
    "startsat_col" BYTEA,
    "data" INTEGER DEFAULT (1 + 2),
    "verified" DOUBLE PRECISION,
    "amount" SMALLINT,
    "name" TIMESTAMP(3),
    "total" DOUBLE PRECISION NOT NULL,
    "refundId" TEXT NOT NULL,

    CONSTRAINT "Store_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_RefundToStore316" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_RefundToStore316_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "refunds_flags_idx" ON "refunds"("flags");

-- CreateIndex
CREATE INDEX "Team_teamTenantId_teamnumber_ref_idx" ON "auth"."Team"("teamTenantId", "teamnumber_ref");

-- CreateIndex
CREATE INDEX "Team_teamTenantId_idx" ON "auth"."Team"("teamTenantId");

-- CreateIndex
CREATE INDEX "Store_refundId_idx" ON "Store"("refundId");

-- CreateIndex
CREATE INDEX "_RefundToStore316_B_index" ON "_RefundToStore316"("B");

-- AddForeignKey
ALTER TABLE "auth"."Team" ADD CONSTRAINT "Team_teamTenantId_teamnumber_ref_fkey" FOREIGN KEY ("teamTenantId", "teamnumber_ref") REFERENCES "auth"."Team"("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Store" ADD CONSTRAINT "Store_refundId_fkey" FOREIGN KEY ("refundId") REFERENCES "refunds"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "_RefundToStore316" ADD CONSTRAINT "_RefundToStore316_A_fkey" FOREIGN KEY ("A") REFERENCES "refunds"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_RefundToStore316" ADD CONSTRAINT "_RefundToStore316_B_fkey" FOREIGN KEY ("B") REFERENCES "Store"("id") ON DELETE CASCADE ON UPDATE CASCADE;
