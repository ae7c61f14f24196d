-- CreateEnum
CREATE TYPE "folderkind_type" AS ENUM ('draft', 'pending_value', 'ACTIVE');

-- CreateEnum
CREATE TYPE "memberkind_type" AS ENUM ('pending_value', 'draft');

-- CreateTable
CREATE TABLE "Log" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "startsAt" TEXT NOT NULL,
    "verified" INTEGER[],
    "logTenantId" TEXT,
    "logNumber" INTEGER,

    CONSTRAINT "Log_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Store" (
    "id" SERIAL NOT NULL,
    "expiresAt" DECIMAL(65,30) DEFAULT 0,
    "ratio" SMALLINT DEFAULT 42,
    "folderKind" "folderkind_type",
    "raw" Int4,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Store_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "position" TEXT,
    "status" BOOLEAN NOT NULL DEFAULT true,
    "expiresAt" TIMETZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status2" TEXT NOT NULL,
    "status3" DECIMAL(65,30) DEFAULT 0,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Log_email_key" ON "Log"("email");

-- CreateIndex
CREATE INDEX "Log_logTenantId_logNumber_idx" ON "Log"("logTenantId", "logNumber");

-- CreateIndex
CREATE INDEX "Log_email_idx" ON "Log"("email");

-- CreateIndex
CREATE INDEX "Store_folderKind_idx" ON "Store"("folderKind");

-- CreateIndex
CREATE INDEX "Store_expiresAt_idx" ON "Store"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_slug_key" ON "User"("slug");

-- CreateIndex
CREATE INDEX "User_status3_idx" ON "User"("status3");

-- CreateIndex
CREATE UNIQUE INDEX "User_expiresAt_status3_key" ON "User"("expiresAt", "status3");

-- AddForeignKey
ALTER TABLE "Log" ADD CONSTRAINT "Log_logTenantId_logNumber_fkey" FOREIGN KEY ("logTenantId", "logNumber") REFERENCES "Log"("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE;
