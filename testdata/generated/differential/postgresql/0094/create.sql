-- CreateEnum
CREATE TYPE "PriceKind" AS ENUM ('DONE');

-- CreateEnum
CREATE TYPE "LogKind" AS ENUM ('HIGH');

-- CreateTable
CREATE TABLE "Folder" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "balance" BOOLEAN[],
    "slug" BIGINT,
    "amount" TEXT NOT NULL,
    "payload" DECIMAL[],
    "logKind" "LogKind" NOT NULL,

    CONSTRAINT "Folder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Coupon" (
    "id" SERIAL NOT NULL,
    "handle" TEXT NOT NULL,
    "endsAt" BYTEA NOT NULL,
    "createdAt" MONEY NOT NULL,
    "code" BYTEA,
    "kind" TIMESTAMP(3)[],
    "isActive" VARCHAR NOT NULL DEFAULT 'a "quoted" word',
    "priceKind" "PriceKind" DEFAULT 'DONE',
    "raw" lseg,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Coupon_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Audit" (
    "id" BIGSERIAL NOT NULL,
    "avatar" BOOLEAN NOT NULL,
    "logKind" "LogKind",
    "couponId" INTEGER NOT NULL,
    "auditId" BIGINT,

    CONSTRAINT "Audit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Device" (
    "id" SERIAL NOT NULL,
    "payload" BYTEA NOT NULL,
    "folderId" UUID NOT NULL,
    "folderId2" UUID,

    CONSTRAINT "Device_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" SERIAL NOT NULL,
    "expiresAt" BIGINT NOT NULL DEFAULT 0,
    "score" DECIMAL(65,30)[],
    "ratio" DATE NOT NULL DEFAULT '2024-01-02 00:00:00 +00:00',
    "priceKind" "PriceKind" DEFAULT 'DONE',

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_AuditToProduct" (
    "A" BIGINT NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_AuditToProduct_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_DeviceToProduct" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_DeviceToProduct_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "Folder_slug_idx" ON "Folder"("slug");

-- CreateIndex
CREATE INDEX "folder_slug_1_ix" ON "Folder"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Coupon_handle_key" ON "Coupon"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Audit_avatar_key" ON "Audit"("avatar");

-- CreateIndex
CREATE UNIQUE INDEX "Audit_couponId_key" ON "Audit"("couponId");

-- CreateIndex
CREATE INDEX "Audit_couponId_idx" ON "Audit"("couponId" DESC);

-- CreateIndex
CREATE INDEX "Device_folderId_idx" ON "Device"("folderId");

-- CreateIndex
CREATE INDEX "device_folderid_0_ix" ON "Device"("folderId");

-- CreateIndex
CREATE INDEX "Product_ratio_idx" ON "Product"("ratio" DESC);

-- CreateIndex
CREATE INDEX "_AuditToProduct_B_index" ON "_AuditToProduct"("B");

-- CreateIndex
CREATE INDEX "_DeviceToProduct_B_index" ON "_DeviceToProduct"("B");

-- AddForeignKey
ALTER TABLE "Audit" ADD CONSTRAINT "Audit_couponId_fkey" FOREIGN KEY ("couponId") REFERENCES "Coupon"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Audit" ADD CONSTRAINT "Audit_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "Audit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device" ADD CONSTRAINT "Device_folderId_fkey" FOREIGN KEY ("folderId") REFERENCES "Folder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device" ADD CONSTRAINT "Device_folderId2_fkey" FOREIGN KEY ("folderId2") REFERENCES "Folder"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AuditToProduct" ADD CONSTRAINT "_AuditToProduct_A_fkey" FOREIGN KEY ("A") REFERENCES "Audit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AuditToProduct" ADD CONSTRAINT "_AuditToProduct_B_fkey" FOREIGN KEY ("B") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DeviceToProduct" ADD CONSTRAINT "_DeviceToProduct_A_fkey" FOREIGN KEY ("A") REFERENCES "Device"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DeviceToProduct" ADD CONSTRAINT "_DeviceToProduct_B_fkey" FOREIGN KEY ("B") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;
