-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pgcrypto";

-- CreateEnum
CREATE TYPE "MemberKind" AS ENUM ('ARCHIVED', 'HIGH', 'PENDING', 'INACTIVE');

-- CreateTable
CREATE TABLE "File" (
    "id" INTEGER NOT NULL,
    "publishedAt" BYTEA NOT NULL,
    "version" TIMESTAMPTZ NOT NULL,
    "label" JSONB,
    "memberKind" "MemberKind" NOT NULL DEFAULT 'INACTIVE',
    "raw" macaddr,

    CONSTRAINT "File_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rating_v2" (
    "id" BIGSERIAL NOT NULL,
    "publishedAt" DOUBLE PRECISION[],
    "title" BOOLEAN DEFAULT false,
    "note" BOOLEAN NOT NULL,

    CONSTRAINT "Rating_v2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeviceHistory" (
    "id" SERIAL NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "flags" INTEGER,
    "weight_col" BOOLEAN NOT NULL DEFAULT false,
    "count" TIMESTAMP(3) NOT NULL DEFAULT (now() + '1 day'::interval),
    "count2" DOUBLE PRECISION,
    "updatedAt2" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DeviceHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "avatar" TEXT NOT NULL,

    CONSTRAINT "event_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE INDEX "file_memberkind_0_ix" ON "File"("memberKind");

-- CreateIndex
CREATE INDEX "File_version_idx" ON "File" USING BRIN ("version");

-- CreateIndex
CREATE UNIQUE INDEX "Rating_v2_note_key" ON "Rating_v2"("note");

-- CreateIndex
CREATE UNIQUE INDEX "DeviceHistory_updatedAt_key" ON "DeviceHistory"("updatedAt");

-- CreateIndex
CREATE INDEX "DeviceHistory_weight_col_idx" ON "DeviceHistory"("weight_col");

-- CreateIndex
CREATE INDEX "DeviceHistory_updatedAt_idx" ON "DeviceHistory"("updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "devicehistory_pair_key" ON "DeviceHistory"("updatedAt", "weight_col");
