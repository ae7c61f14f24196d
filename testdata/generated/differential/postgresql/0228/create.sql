-- CreateEnum
CREATE TYPE "ReviewKind" AS ENUM ('ACTIVE', 'Published');

-- CreateEnum
CREATE TYPE "ShipmentWithAVeryLongNameThatGoesOnAndOnForTruncationKind" AS ENUM ('low_value', 'ARCHIVED');

-- CreateTable
CREATE TABLE "Payment" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL DEFAULT (now() + '1 day'::interval),
    "size" TEXT NOT NULL DEFAULT 'fixed'::text,
    "publishedAt" DECIMAL(65,30) NOT NULL DEFAULT 0,
    "endsAt2" REAL[],
    "price" DECIMAL[],
    "slug" TEXT[] DEFAULT ARRAY['a', 'b']::TEXT[],
    "reviewKind" "ReviewKind" NOT NULL,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "score" INTEGER DEFAULT -7,
    "reviewKind" "ReviewKind" NOT NULL DEFAULT 'ACTIVE',

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Device2" (
    "id" TEXT NOT NULL,
    "count" JSONB NOT NULL DEFAULT '[]',
    "note_col" DECIMAL(65,30) NOT NULL,
    "name" DECIMAL(65,30) NOT NULL DEFAULT 2.25,
    "shipmentWithAVeryLongNameThatGoesOnAndOnForTruncationKind" "ShipmentWithAVeryLongNameThatGoesOnAndOnForTruncationKind" NOT NULL DEFAULT 'low_value',

    CONSTRAINT "Device2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Post" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "rank_col" DOUBLE PRECISION NOT NULL DEFAULT -2.25,
    "avatar" INTEGER NOT NULL DEFAULT 42,
    "name" TEXT,
    "data" TEXT NOT NULL,
    "startsAt" JSONB NOT NULL,
    "label" INTEGER,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "tags" (
    "id" BIGSERIAL NOT NULL,
    "position" DOUBLE PRECISION NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "hash" TIMETZ(0),
    "price" INTEGER NOT NULL,
    "position2" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "expiresAt" BOOLEAN[],

    CONSTRAINT "tags_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Payment_email_key" ON "Payment"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_endsAt_key" ON "Payment"("endsAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Project_reviewKind_key" ON "Project"("reviewKind" DESC);

-- CreateIndex
CREATE INDEX "Project_reviewKind_idx" ON "Project"("reviewKind");

-- CreateIndex
CREATE UNIQUE INDEX "Device2_note_col_shipmentWithAVeryLongNameThatGoesOnAndOnFo_key" ON "Device2"("note_col", "shipmentWithAVeryLongNameThatGoesOnAndOnForTruncationKind");

-- CreateIndex
CREATE UNIQUE INDEX "Post_handle_key" ON "Post"("handle");

-- CreateIndex
CREATE INDEX "Post_handle_idx" ON "Post"("handle" DESC);

-- CreateIndex
CREATE INDEX "Post_tenantId_idx" ON "Post" USING SPGIST ("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "tags_position2_hash_key" ON "tags"("position2", "hash");
