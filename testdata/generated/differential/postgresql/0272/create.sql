-- CreateEnum
CREATE TYPE "eventkind_type" AS ENUM ('PENDING');

-- CreateEnum
CREATE TYPE "regionkind_type" AS ENUM ('PENDING', 'ARCHIVED', 'HIGH', 'INACTIVE');

-- CreateTable
CREATE TABLE "channels" (
    "id" BIGSERIAL NOT NULL,
    "avatar" VARCHAR NOT NULL,
    "name" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "slug" DECIMAL(65,30) NOT NULL DEFAULT 2.25,
    "hash" DECIMAL(18,0) NOT NULL,
    "size" BOOLEAN NOT NULL DEFAULT true,
    "eventKind" "eventkind_type" DEFAULT 'PENDING',

    CONSTRAINT "channels_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeviceEntry" (
    "id" TEXT NOT NULL,
    "publishedAt" TIMESTAMP NOT NULL,
    "eventKind" "eventkind_type",
    "raw" Int4,

    CONSTRAINT "DeviceEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "channels_hash_idx" ON "channels"("hash");
