-- CreateEnum
CREATE TYPE "ProfileKind" AS ENUM ('high_value', 'PENDING', 'ACTIVE', 'INACTIVE');

-- CreateTable
CREATE TABLE "Device" (
    "id" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "publishedAt" TEXT NOT NULL DEFAULT 'fixed'::text,
    "name" BYTEA NOT NULL,
    "kind" BOOLEAN NOT NULL,
    "expiresAt" BIGINT,
    "regionTenantId" TEXT,
    "regionNumber" INTEGER,

    CONSTRAINT "Device_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Refund" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "status" TIMESTAMPTZ(2) NOT NULL,
    "status2_col" INTEGER[],
    "url" DATE NOT NULL,
    "weight" INET,
    "deviceId" INTEGER NOT NULL,

    CONSTRAINT "Refund_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "regions" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "size" INTEGER NOT NULL DEFAULT -7,
    "name" BYTEA,
    "profileKind" "ProfileKind",
    "raw" tsquery,
    "deviceId" INTEGER,

    CONSTRAINT "region_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE UNIQUE INDEX "Device_handle_key" ON "Device"("handle");

-- CreateIndex
CREATE INDEX "Device_expiresAt_idx" ON "Device"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_handle_key" ON "Refund"("handle");

-- CreateIndex
CREATE INDEX "Refund_deviceId_idx" ON "Refund"("deviceId");

-- CreateIndex
CREATE UNIQUE INDEX "regions_deviceId_key" ON "regions"("deviceId");

-- CreateIndex
CREATE INDEX "regions_size_idx" ON "regions" USING HASH ("size");

-- AddForeignKey
ALTER TABLE "Device" ADD CONSTRAINT "Device_regionTenantId_regionNumber_fkey" FOREIGN KEY ("regionTenantId", "regionNumber") REFERENCES "regions"("tenantId", "number") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "Device"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "regions" ADD CONSTRAINT "regions_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "Device"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
