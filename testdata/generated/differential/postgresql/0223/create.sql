-- CreateEnum
CREATE TYPE "CategoryKind" AS ENUM ('ARCHIVED', 'INACTIVE', 'HIGH');

-- CreateEnum
CREATE TYPE "ReviewKind" AS ENUM ('INACTIVE', 'pending_value');

-- CreateTable
CREATE TABLE "Folder2" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "amount" OID NOT NULL DEFAULT 69,
    "secret" INTEGER NOT NULL,
    "reviewKind" "ReviewKind"[] DEFAULT ARRAY['INACTIVE']::"ReviewKind"[],
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "folder2Number" INTEGER,
    "folder2TenantId" TEXT,

    CONSTRAINT "Folder2_pkey" PRIMARY KEY ("number","tenantId")
);

-- CreateIndex
CREATE INDEX "Folder2_folder2Number_idx" ON "Folder2"("folder2Number");

-- CreateIndex
CREATE UNIQUE INDEX "Folder2_folder2Number_folder2TenantId_key" ON "Folder2"("folder2Number", "folder2TenantId");

-- AddForeignKey
ALTER TABLE "Folder2" ADD CONSTRAINT "Folder2_folder2Number_folder2TenantId_fkey" FOREIGN KEY ("folder2Number", "folder2TenantId") REFERENCES "Folder2"("number", "tenantId") ON DELETE SET NULL ON UPDATE CASCADE;
