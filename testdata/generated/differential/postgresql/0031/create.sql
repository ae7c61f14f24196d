-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "audit";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "auth";

-- CreateEnum
CREATE TYPE "audit"."LogKind" AS ENUM ('HIGH', 'INACTIVE');

-- CreateEnum
CREATE TYPE "audit"."ItemKind" AS ENUM ('HIGH');

-- CreateTable
CREATE TABLE "auth"."roles" (
    "id" SERIAL NOT NULL,
    "ratio" DECIMAL(65,30) NOT NULL,
    "kind" BIT(7) DEFAULT '1111111',
    "verified" BOOLEAN[] DEFAULT ARRAY[true, false]::BOOLEAN[],
    "version" BYTEA,
    "ratio2" BIGINT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "roles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit"."tags" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "level" BYTEA NOT NULL,
    "logKind" "audit"."LogKind" NOT NULL DEFAULT 'HIGH',

    CONSTRAINT "tags_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit"."comments" (
    "id" SERIAL NOT NULL,
    "verified_col" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "body" DECIMAL NOT NULL DEFAULT 0,
    "ratio" DECIMAL(65,30) DEFAULT 2.25,
    "status" BYTEA,
    "body2" BIGINT,
    "itemKind" "audit"."ItemKind" NOT NULL,

    CONSTRAINT "comments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit"."Channel_v2" (
    "id" UUID NOT NULL,
    "color" REAL DEFAULT -2.25,
    "kind" BIGINT DEFAULT 1234567890123,
    "position" REAL,
    "label_col" BOOLEAN NOT NULL,
    "position2_col" TEXT[] DEFAULT ARRAY['a', 'b']::TEXT[],
    "total" INTEGER DEFAULT 0,

    CONSTRAINT "Channel_v2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit"."Event" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "payload" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startsat_col" JSONB,
    "body" TEXT NOT NULL,
    "secret" BOOLEAN,
    "size" TIMESTAMP(3) NOT NULL,
    "title" BYTEA NOT NULL,
    "logKind" "audit"."LogKind" NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit"."Channel" (
    "id" TEXT NOT NULL,
    "code" DOUBLE PRECISION[],

    CONSTRAINT "Channel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "tags_email_key" ON "audit"."tags"("email");

-- CreateIndex
CREATE INDEX "tags_email_idx" ON "audit"."tags"("email");

-- CreateIndex
CREATE INDEX "comments_ratio_idx" ON "audit"."comments"("ratio");

-- CreateIndex
CREATE UNIQUE INDEX "Channel_v2_position_color_key" ON "audit"."Channel_v2"("position", "color");

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "audit"."Event"("slug");

-- CreateIndex
CREATE INDEX "Channel_id_idx" ON "audit"."Channel" USING SPGIST ("id");
