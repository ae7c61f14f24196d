-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "audit";

-- CreateTable
CREATE TABLE "devices" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "url" INTEGER NOT NULL,
    "title_col" BYTEA,
    "version" JSON NOT NULL DEFAULT '[]',
    "score" JSONB NOT NULL DEFAULT '[]',
    "verified" BYTEA[],
    "secret" TIMESTAMP(3)[],

    CONSTRAINT "devices_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" TEXT NOT NULL,
    "avatar" TEXT,
    "color" BOOLEAN[],
    "weight" BOOLEAN[] DEFAULT ARRAY[true, false]::BOOLEAN[],
    "title" INTEGER NOT NULL,
    "weight2" TEXT[],
    "memberId" TEXT,

    CONSTRAINT "member_primary" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit"."Refund" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "kind" INTEGER NOT NULL,

    CONSTRAINT "Refund_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "audit"."Address" (
    "memberId" TEXT NOT NULL,
    "refundTenantId" TEXT NOT NULL,
    "refundNumber" INTEGER NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deviceTenantId" TEXT,
    "deviceNumber" INTEGER,
    "memberId2" TEXT,

    CONSTRAINT "Address_pkey" PRIMARY KEY ("memberId","refundTenantId","refundNumber")
);

-- CreateIndex
CREATE UNIQUE INDEX "devices_slug_key" ON "devices"("slug");

-- CreateIndex
CREATE INDEX "devices_slug_url_idx" ON "devices"("slug", "url");

-- CreateIndex
CREATE INDEX "device_slug_1_ix" ON "devices"("slug" DESC, "url");

-- CreateIndex
CREATE INDEX "devices_tenantId_idx" ON "devices" USING SPGIST ("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "Member_title_key" ON "Member"("title");

-- CreateIndex
CREATE INDEX "Member_avatar_title_idx" ON "Member"("avatar", "title");

-- CreateIndex
CREATE INDEX "Refund_kind_idx" ON "audit"."Refund"("kind");

-- CreateIndex
CREATE INDEX "refund_kind_1_ix" ON "audit"."Refund"("kind");

-- CreateIndex
CREATE INDEX "Address_deviceTenantId_deviceNumber_idx" ON "audit"."Address"("deviceTenantId", "deviceNumber");

-- CreateIndex
CREATE INDEX "address_memberid2_0_ix" ON "audit"."Address"("memberId2" DESC, "deviceTenantId");

-- CreateIndex
CREATE INDEX "Address_memberId_idx" ON "audit"."Address" USING SPGIST ("memberId");

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit"."Address" ADD CONSTRAINT "Address_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit"."Address" ADD CONSTRAINT "Address_refundTenantId_refundNumber_fkey" FOREIGN KEY ("refundTenantId", "refundNumber") REFERENCES "audit"."Refund"("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit"."Address" ADD CONSTRAINT "Address_deviceTenantId_deviceNumber_fkey" FOREIGN KEY ("deviceTenantId", "deviceNumber") REFERENCES "devices"("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit"."Address" ADD CONSTRAINT "Address_memberId2_fkey" FOREIGN KEY ("memberId2") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;
