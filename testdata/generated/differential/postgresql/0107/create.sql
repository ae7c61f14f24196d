-- CreateEnum
CREATE TYPE "ProductKind" AS ENUM ('inactive_value', 'draft', 'DONE', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "FileKind" AS ENUM ('Published', 'draft');

-- CreateTable
CREATE TABLE "Member" (
    "id" SERIAL NOT NULL,
    "rank" VARCHAR,
    "total" JSON NOT NULL,
    "url" TEXT,
    "size" BOOLEAN NOT NULL DEFAULT false,
    "weight" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Price" (
    "id" BIGSERIAL NOT NULL,
    "level" INTEGER,
    "meta" TIMESTAMP(3) NOT NULL,
    "isActive" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Price_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Channel" (
    "id" SERIAL NOT NULL,
    "level" TIMESTAMP NOT NULL DEFAULT now(),
    "version" BYTEA,
    "fileKind" "FileKind" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "channelId" INTEGER,

    CONSTRAINT "Channel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Refund" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "updatedAt" BIGINT NOT NULL DEFAULT 1234567890123,

    CONSTRAINT "Refund_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE UNIQUE INDEX "Member_weight_key" ON "Member"("weight");

-- CreateIndex
CREATE UNIQUE INDEX "price_meta_uq" ON "Price"("meta");

-- CreateIndex
CREATE INDEX "Channel_channelId_idx" ON "Channel"("channelId");

-- CreateIndex
CREATE INDEX "Channel_level_idx" ON "Channel"("level");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_updatedAt_key" ON "Refund"("updatedAt");

-- CreateIndex
CREATE INDEX "Refund_updatedAt_idx" ON "Refund"("updatedAt");

-- AddForeignKey
ALTER TABLE "Channel" ADD CONSTRAINT "Channel_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel"("id") ON DELETE SET NULL ON UPDATE RESTRICT;
