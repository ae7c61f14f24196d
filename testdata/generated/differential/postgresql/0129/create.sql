-- CreateEnum
CREATE TYPE "DeviceKind" AS ENUM ('high_value');

-- CreateEnum
CREATE TYPE "ChannelKind" AS ENUM ('INACTIVE', 'PENDING');

-- CreateTable
CREATE TABLE "Item" (
    "id" TEXT NOT NULL,
    "amount" TIMESTAMP(2)[],
    "verified" DOUBLE PRECISION DEFAULT 1.5,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouponWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" TEXT NOT NULL,
    "count" BIGINT NOT NULL DEFAULT 1234567890123,
    "itemId" TEXT,

    CONSTRAINT "CouponWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Profile" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "payload" INTEGER[],
    "url" DOUBLE PRECISION NOT NULL,
    "publishedAt" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "profile_pk" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "isActive" INTEGER NOT NULL,
    "title" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "itemId" TEXT NOT NULL,
    "itemId2" TEXT NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket_v2" (
    "id" SERIAL NOT NULL,
    "payload" JSONB,

    CONSTRAINT "Ticket_v2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Item_id_idx" ON "Item" USING SPGIST ("id");

-- CreateIndex
CREATE INDEX "CouponWithAVeryLongNameThatGoesOnAndOnForTruncation_itemId_idx" ON "CouponWithAVeryLongNameThatGoesOnAndOnForTruncation"("itemId");

-- CreateIndex
CREATE INDEX "couponwithaverylongnamethatgoesonandonfo_itemid_1_ix" ON "CouponWithAVeryLongNameThatGoesOnAndOnForTruncation"("itemId");

-- CreateIndex
CREATE UNIQUE INDEX "Profile_handle_key" ON "Profile"("handle");

-- CreateIndex
CREATE INDEX "profile_handle_0_ix" ON "Profile"("handle", "url");

-- CreateIndex
CREATE INDEX "Profile_handle_idx" ON "Profile"("handle");

-- CreateIndex
CREATE INDEX "Profile_tenantId_idx" ON "Profile" USING SPGIST ("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "profile_pair_key" ON "Profile"("handle", "url");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_email_key" ON "Tag"("email");

-- CreateIndex
CREATE INDEX "Tag_email_itemId_idx" ON "Tag"("email" DESC, "itemId");

-- CreateIndex
CREATE INDEX "Ticket_v2_payload_idx" ON "Ticket_v2" USING GIN ("payload");
