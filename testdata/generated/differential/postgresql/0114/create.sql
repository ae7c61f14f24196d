-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "app";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pgcrypto";

-- CreateEnum
CREATE TYPE "app"."FolderKind" AS ENUM ('active_value', 'Published', 'PENDING');

-- CreateEnum
CREATE TYPE "PaymentKind" AS ENUM ('ACTIVE');

-- CreateTable
CREATE TABLE "app"."Account" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "position" BOOLEAN NOT NULL DEFAULT true,
    "price" INTEGER,
    "paymentKind" "PaymentKind" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "accountTenantId" TEXT,
    "accountNumber" INTEGER,

    CONSTRAINT "account_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE UNIQUE INDEX "Account_price_key" ON "app"."Account"("price");

-- CreateIndex
CREATE INDEX "Account_position_idx" ON "app"."Account"("position");

-- AddForeignKey
ALTER TABLE "app"."Account" ADD CONSTRAINT "account_accounttenantid_fk" FOREIGN KEY ("accountTenantId", "accountNumber") REFERENCES "app"."Account"("tenantId", "number") ON DELETE NO ACTION ON UPDATE CASCADE;
