-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pgcrypto";

-- CreateEnum
CREATE TYPE "PaymentKind" AS ENUM ('DONE', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "devicekind_type" AS ENUM ('PENDING', 'LOW', 'draft');

-- CreateTable
CREATE TABLE "Team" (
    "id" UUID NOT NULL,
    "publishedAt" INTEGER NOT NULL DEFAULT 0,
    "code" JSON NOT NULL DEFAULT '[]',
    "size" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "level_col" DECIMAL(65,30) NOT NULL DEFAULT 0,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Region" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "total" DECIMAL(65,30) DEFAULT 0,
    "label" INTEGER NOT NULL DEFAULT 0,
    "flags" JSONB,
    "paymentKind" "PaymentKind" NOT NULL,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "price" OID NOT NULL DEFAULT 32,
    "deviceKind" "devicekind_type" NOT NULL DEFAULT 'PENDING',
    "regionTenantId" TEXT,
    "regionNumber" INTEGER,
    "teamId" UUID NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Team_level_col_publishedAt_idx" ON "Team"("level_col", "publishedAt");

-- CreateIndex
CREATE INDEX "Team_level_col_idx" ON "Team"("level_col");

-- CreateIndex
CREATE UNIQUE INDEX "Region_paymentKind_key" ON "Region"("paymentKind" DESC);

-- CreateIndex
CREATE INDEX "region_label_0_ix" ON "Region" USING HASH ("label");

-- CreateIndex
CREATE INDEX "Region_paymentKind_idx" ON "Region"("paymentKind");

-- CreateIndex
CREATE INDEX "Tag_regionTenantId_regionNumber_idx" ON "Tag"("regionTenantId", "regionNumber");

-- CreateIndex
CREATE INDEX "Tag_teamId_idx" ON "Tag"("teamId");

-- CreateIndex
CREATE INDEX "Tag_price_regionTenantId_idx" ON "Tag"("price", "regionTenantId");

-- CreateIndex
CREATE INDEX "Tag_regionTenantId_idx" ON "Tag"("regionTenantId" DESC);

-- AddForeignKey
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_regionTenantId_regionNumber_fkey" FOREIGN KEY ("regionTenantId", "regionNumber") REFERENCES "Region"("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
