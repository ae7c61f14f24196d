-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pgcrypto";

-- CreateEnum
CREATE TYPE "UserKind" AS ENUM ('ACTIVE', 'DONE');

-- CreateTable
CREATE TABLE "roles" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "createdAt" DECIMAL DEFAULT 1.5,
    "startsAt" DECIMAL(65,30) DEFAULT 0,
    "userKind" "UserKind" NOT NULL DEFAULT 'DONE',

    CONSTRAINT "roles_pkey" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "Coupon" (
    "id" INTEGER NOT NULL,
    "code" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Coupon_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "roles_userKind_idx" ON "roles"("userKind");

-- CreateIndex
CREATE UNIQUE INDEX "role_pair_key" ON "roles"("userKind", "startsAt");
