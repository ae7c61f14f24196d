-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "billing";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "zeta";

-- CreateEnum
CREATE TYPE "zeta"."Plan" AS ENUM ('FREE', 'PRO');

-- AlterTable
ALTER TABLE "base"."Account" ADD COLUMN     "plan" "zeta"."Plan" NOT NULL DEFAULT 'FREE';

-- CreateTable
CREATE TABLE "billing"."Invoice" (
    "id" INTEGER NOT NULL,
    "accountId" INTEGER NOT NULL,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Note" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Note_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "billing"."Invoice" ADD CONSTRAINT "Invoice_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "base"."Account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
