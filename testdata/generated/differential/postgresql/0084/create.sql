-- CreateEnum
CREATE TYPE "InvoiceKind" AS ENUM ('Published', 'inactive_value');

-- CreateEnum
CREATE TYPE "CouponKind" AS ENUM ('INACTIVE', 'DONE');

-- CreateTable
CREATE TABLE "Order" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "invoiceKind" "InvoiceKind" NOT NULL DEFAULT 'Published',

    CONSTRAINT "Order_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "addressentrys" (
    "id" BIGSERIAL NOT NULL,
    "data" INTEGER NOT NULL DEFAULT -7,
    "note" BYTEA,
    "ratio" DOUBLE PRECISION NOT NULL,
    "total" BIGINT NOT NULL DEFAULT 1234567890123,
    "isActive" BYTEA NOT NULL,
    "total2" XML,

    CONSTRAINT "addressentrys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Role" (
    "id" SERIAL NOT NULL,
    "slug_col" BYTEA,
    "color" BIT[] DEFAULT ARRAY[]::BIT[],
    "kind" BIGINT,
    "secret" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "invoiceKind" "InvoiceKind" DEFAULT 'inactive_value',
    "raw" tsquery,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "orderTenantId" TEXT NOT NULL,
    "orderNumber" INTEGER NOT NULL,
    "roleId" INTEGER NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("orderTenantId","orderNumber","roleId")
);

-- CreateIndex
CREATE INDEX "Order_invoiceKind_idx" ON "Order"("invoiceKind");

-- CreateIndex
CREATE UNIQUE INDEX "addressentrys_ratio_key" ON "addressentrys"("ratio");

-- CreateIndex
CREATE INDEX "Role_secret_idx" ON "Role"("secret");

-- CreateIndex
CREATE UNIQUE INDEX "role_pair_key" ON "Role"("invoiceKind", "secret");

-- CreateIndex
CREATE INDEX "User_orderTenantId_idx" ON "User" USING SPGIST ("orderTenantId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_orderTenantId_orderNumber_fkey" FOREIGN KEY ("orderTenantId", "orderNumber") REFERENCES "Order"("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;
