-- CreateEnum
CREATE TYPE "TagKind" AS ENUM ('draft');

-- CreateTable
CREATE TABLE "Device" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "slug2" TEXT,
    "publishedAt" INTEGER[],
    "secret" BOOLEAN NOT NULL,
    "flags" JSONB NOT NULL DEFAULT '{}',
    "channelId" SMALLINT NOT NULL,

    CONSTRAINT "Device_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Channel" (
    "id" SMALLSERIAL NOT NULL,
    "amount" TEXT NOT NULL,
    "raw" point,
    "address2TenantId" TEXT NOT NULL,
    "address2number_ref" INTEGER NOT NULL,

    CONSTRAINT "Channel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Address2" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "position" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DOUBLE PRECISION,
    "title" INTEGER NOT NULL,
    "avatar" TIME(2) NOT NULL,
    "amount" DOUBLE PRECISION NOT NULL,
    "level" BYTEA NOT NULL,
    "raw" tsquery,

    CONSTRAINT "address2_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE UNIQUE INDEX "Device_slug_key" ON "Device"("slug");

-- CreateIndex
CREATE INDEX "Device_channelId_idx" ON "Device"("channelId");

-- CreateIndex
CREATE INDEX "Device_slug2_idx" ON "Device" USING HASH ("slug2");

-- CreateIndex
CREATE INDEX "Device_slug_idx" ON "Device" USING SPGIST ("slug");

-- CreateIndex
CREATE INDEX "Channel_address2number_ref_idx" ON "Channel"("address2number_ref");

-- CreateIndex
CREATE INDEX "channel_address2tenantid_1_ix" ON "Channel"("address2TenantId");

-- CreateIndex
CREATE INDEX "Channel_amount_idx" ON "Channel" USING SPGIST ("amount");

-- CreateIndex
CREATE UNIQUE INDEX "Channel_address2TenantId_address2number_ref_key" ON "Channel"("address2TenantId", "address2number_ref");

-- AddForeignKey
ALTER TABLE "Device" ADD CONSTRAINT "Device_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Channel" ADD CONSTRAINT "Channel_address2TenantId_address2number_ref_fkey" FOREIGN KEY ("address2TenantId", "address2number_ref") REFERENCES "Address2"("tenantId", "number") ON DELETE RESTRICT ON UPDATE RESTRICT;
