-- CreateEnum
CREATE TYPE "postwithaverylongnamethatgoesonandonfortruncationkind_type" AS ENUM ('PENDING', 'LOW', 'INACTIVE', 'DONE');

-- CreateEnum
CREATE TYPE "TicketKind" AS ENUM ('HIGH', 'draft', 'Published');

-- CreateTable
CREATE TABLE "Channel" (
    "channel_id" TEXT NOT NULL,
    "weight" DECIMAL(21,3),
    "avatar_col" BIGINT NOT NULL,
    "price" BOOLEAN DEFAULT false,
    "expiresAt" OID NOT NULL DEFAULT 34,
    "color" OID[] DEFAULT ARRAY[]::OID[],
    "device2Id" INTEGER NOT NULL,

    CONSTRAINT "Channel_pkey" PRIMARY KEY ("channel_id")
);

-- CreateTable
CREATE TABLE "Device2" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "balance" BIT(8) NOT NULL DEFAULT '11111111',
    "postWithAVeryLongNameThatGoesOnAndOnForTruncationKind" "postwithaverylongnamethatgoesonandonfortruncationkind_type",
    "device2Id" INTEGER,

    CONSTRAINT "Device2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Device" (
    "id" TEXT NOT NULL,
    "total" BOOLEAN NOT NULL,
    "raw" macaddr,
    "profileId" TEXT,

    CONSTRAINT "Device_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Profile" (
    "id" TEXT NOT NULL,
    "level" TIMESTAMP(3),
    "startsAt" TIMESTAMP(3),
    "raw" point,

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "endsAt" TIMESTAMP(3),
    "createdAt" REAL[],
    "expiresAt" TEXT NOT NULL,
    "postWithAVeryLongNameThatGoesOnAndOnForTruncationKind" "postwithaverylongnamethatgoesonandonfortruncationkind_type"[],
    "channelId" TEXT,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Log" (
    "deviceId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Log_pkey" PRIMARY KEY ("deviceId","channelId")
);

-- CreateTable
CREATE TABLE "_DeviceToProfile" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_DeviceToProfile_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "channel_price_uq" ON "Channel"("price");

-- CreateIndex
CREATE INDEX "Channel_device2Id_idx" ON "Channel"("device2Id");

-- CreateIndex
CREATE INDEX "Channel_price_idx" ON "Channel"("price");

-- CreateIndex
CREATE UNIQUE INDEX "Device2_email_key" ON "Device2"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Device2_balance_key" ON "Device2"("balance");

-- CreateIndex
CREATE INDEX "Device2_device2Id_idx" ON "Device2"("device2Id");

-- CreateIndex
CREATE INDEX "device2_device2id_0_ix" ON "Device2"("device2Id" DESC);

-- CreateIndex
CREATE INDEX "Device2_postWithAVeryLongNameThatGoesOnAndOnForTruncationKi_idx" ON "Device2"("postWithAVeryLongNameThatGoesOnAndOnForTruncationKind");

-- CreateIndex
CREATE INDEX "Profile_startsAt_idx" ON "Profile" USING HASH ("startsAt");

-- CreateIndex
CREATE INDEX "profile_startsat_1_ix" ON "Profile"("startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Product_channelId_key" ON "Product"("channelId");

-- CreateIndex
CREATE INDEX "product_channelid_0_ix" ON "Product"("channelId");

-- CreateIndex
CREATE INDEX "Product_channelId_idx" ON "Product"("channelId");

-- CreateIndex
CREATE INDEX "Log_deviceId_idx" ON "Log" USING SPGIST ("deviceId");

-- CreateIndex
CREATE INDEX "_DeviceToProfile_B_index" ON "_DeviceToProfile"("B");

-- AddForeignKey
ALTER TABLE "Channel" ADD CONSTRAINT "channel_device2id_fk" FOREIGN KEY ("device2Id") REFERENCES "Device2"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device2" ADD CONSTRAINT "Device2_device2Id_fkey" FOREIGN KEY ("device2Id") REFERENCES "Device2"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Device" ADD CONSTRAINT "Device_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel"("channel_id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Log" ADD CONSTRAINT "Log_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "Device"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Log" ADD CONSTRAINT "Log_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel"("channel_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DeviceToProfile" ADD CONSTRAINT "_DeviceToProfile_A_fkey" FOREIGN KEY ("A") REFERENCES "Device"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DeviceToProfile" ADD CONSTRAINT "_DeviceToProfile_B_fkey" FOREIGN KEY ("B") REFERENCES "Profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
