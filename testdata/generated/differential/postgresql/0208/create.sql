-- CreateEnum
CREATE TYPE "TeamKind" AS ENUM ('HIGH', 'ACTIVE', 'INACTIVE', 'PENDING');

-- CreateEnum
CREATE TYPE "DeviceKind" AS ENUM ('LOW', 'DONE', 'HIGH', 'INACTIVE');

-- CreateTable
CREATE TABLE "Account" (
    "id" SERIAL NOT NULL,
    "level" TEXT,
    "name" TIMESTAMPTZ[],
    "teamKind" "TeamKind" DEFAULT 'HIGH',
    "productTenantId" TEXT,
    "productNumber" INTEGER,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "slug" TIMESTAMP(3) NOT NULL,
    "position" TIMESTAMPTZ NOT NULL,
    "publishedat_col" TIMETZ,
    "accountId" INTEGER NOT NULL,
    "accountId2" INTEGER NOT NULL,

    CONSTRAINT "product_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE INDEX "Account_productTenantId_productNumber_idx" ON "Account"("productTenantId", "productNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Product_email_key" ON "Product"("email");

-- CreateIndex
CREATE INDEX "product_slug_0_ix" ON "Product"("slug");

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "account_producttenantid_fk" FOREIGN KEY ("productTenantId", "productNumber") REFERENCES "Product"("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_accountId2_fkey" FOREIGN KEY ("accountId2") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE RESTRICT;
