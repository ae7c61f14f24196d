-- CreateEnum
CREATE TYPE "MessageKind" AS ENUM ('Published', 'ACTIVE', 'HIGH');

-- CreateEnum
CREATE TYPE "TagKind" AS ENUM ('done_value');

-- CreateTable
CREATE TABLE "DeviceWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" SERIAL NOT NULL,
    "publishedat_col" DECIMAL(65,30),
    "flags" TIMETZ NOT NULL,
    "status" BYTEA,
    "count" BIGINT NOT NULL,
    "endsAt" CHAR[] DEFAULT ARRAY[]::CHAR[],
    "email" BIGINT NOT NULL,
    "messageKind" "MessageKind" NOT NULL DEFAULT 'Published',

    CONSTRAINT "DeviceWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reviews" (
    "id" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "size" MONEY,

    CONSTRAINT "reviews_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DeviceWithAVeryLongNameThatGoesOnAndOnForTruncation_email_key" ON "DeviceWithAVeryLongNameThatGoesOnAndOnForTruncation"("email");

-- CreateIndex
CREATE UNIQUE INDEX "reviews_email_key" ON "reviews"("email");

-- CreateIndex
CREATE INDEX "reviews_size_idx" ON "reviews"("size");
