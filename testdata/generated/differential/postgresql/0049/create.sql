-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "app";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- CreateEnum
CREATE TYPE "app"."addresskind_type" AS ENUM ('ARCHIVED', 'DONE');

-- CreateEnum
CREATE TYPE "ChannelKind" AS ENUM ('draft', 'low_value', 'Published');

-- CreateTable
CREATE TABLE "Category" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "payload" TIMESTAMP(4)[],
    "status" TEXT NOT NULL,
    "note" OID,
    "addressKind" "app"."addresskind_type" NOT NULL DEFAULT 'DONE',
    "categorynumber_ref" INTEGER,
    "categoryTenantId" TEXT,
    "categoryNumber2" INTEGER,
    "categoryTenantId2" TEXT,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("number","tenantId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Category_email_key" ON "Category"("email");

-- CreateIndex
CREATE INDEX "Category_categoryNumber2_categoryTenantId2_idx" ON "Category"("categoryNumber2", "categoryTenantId2");

-- AddForeignKey
ALTER TABLE "Category" ADD CONSTRAINT "Category_categorynumber_ref_categoryTenantId_fkey" FOREIGN KEY ("categorynumber_ref", "categoryTenantId") REFERENCES "Category"("number", "tenantId") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Category" ADD CONSTRAINT "Category_categoryNumber2_categoryTenantId2_fkey" FOREIGN KEY ("categoryNumber2", "categoryTenantId2") REFERENCES "Category"("number", "tenantId") ON DELETE SET NULL ON UPDATE SET DEFAULT;
