-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "auth";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "billing";

-- CreateEnum
CREATE TYPE "auth"."PostKind" AS ENUM ('Published', 'draft', 'DONE');

-- CreateEnum
CREATE TYPE "billing"."ProfileKind" AS ENUM ('archived_value', 'LOW');

-- CreateTable
CREATE TABLE "Device" (
    "device_id" TEXT NOT NULL,
    "flags" TEXT,
    "createdat_col" TEXT,
    "startsAt" MONEY[],
    "status" JSONB,
    "updatedat_col" BOOLEAN NOT NULL,
    "deviceid_ref" TEXT,

    CONSTRAINT "Device_pkey" PRIMARY KEY ("device_id")
);

-- CreateTable
CREATE TABLE "billing"."Event" (
    "id" SERIAL NOT NULL,
    "rank_col" BYTEA,
    "body_col" OID NOT NULL DEFAULT 74,
    "price" INTEGER,
    "profileKind" "billing"."ProfileKind"[] DEFAULT ARRAY['archived_value']::"billing"."ProfileKind"[],

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Device_deviceid_ref_idx" ON "Device"("deviceid_ref");

-- CreateIndex
CREATE INDEX "device_flags_0_ix" ON "Device"("flags" DESC);

-- AddForeignKey
ALTER TABLE "Device" ADD CONSTRAINT "Device_deviceid_ref_fkey" FOREIGN KEY ("deviceid_ref") REFERENCES "Device"("device_id") ON DELETE NO ACTION ON UPDATE RESTRICT;
