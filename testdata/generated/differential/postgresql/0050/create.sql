-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "app";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "audit";

-- CreateEnum
CREATE TYPE "PaymentKind" AS ENUM ('PENDING', 'INACTIVE');

-- CreateEnum
CREATE TYPE "app"."TaskKind" AS ENUM ('active_value', 'HIGH');

-- CreateTable
CREATE TABLE "app"."Shipment" (
    "id" INTEGER NOT NULL,
    "hash_col" DECIMAL(65,30) NOT NULL DEFAULT 0,
    "taskKind" "app"."TaskKind" NOT NULL DEFAULT 'HIGH',

    CONSTRAINT "Shipment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit"."TokenWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" UUID NOT NULL,
    "handle" TEXT NOT NULL,
    "hash" CHAR(11),
    "note" BIGINT DEFAULT 0,
    "raw" tsvector,

    CONSTRAINT "TokenWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit"."Event" (
    "id" TEXT NOT NULL,
    "rank" JSON NOT NULL,
    "status" JSONB,
    "avatar" INTEGER NOT NULL DEFAULT -7,
    "level" TIMESTAMP(2) NOT NULL,
    "flags" REAL NOT NULL DEFAULT 1.5,
    "secret" DECIMAL(65,30) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_taskKind_key" ON "app"."Shipment"("taskKind");

-- CreateIndex
CREATE UNIQUE INDEX "TokenWithAVeryLongNameThatGoesOnAndOnForTruncation_handle_key" ON "audit"."TokenWithAVeryLongNameThatGoesOnAndOnForTruncation"("handle");

-- CreateIndex
CREATE INDEX "TokenWithAVeryLongNameThatGoesOnAndOnForTruncation_note_idx" ON "audit"."TokenWithAVeryLongNameThatGoesOnAndOnForTruncation"("note");

-- CreateIndex
CREATE INDEX "tokenwithaverylongnamethatgoesonandonfor_handle_1_ix" ON "audit"."TokenWithAVeryLongNameThatGoesOnAndOnForTruncation"("handle", "note");

-- CreateIndex
CREATE INDEX "Event_status_idx" ON "audit"."Event" USING GIN ("status");
