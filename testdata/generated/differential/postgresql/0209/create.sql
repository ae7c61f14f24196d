-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "billing";

-- CreateEnum
CREATE TYPE "RatingKind" AS ENUM ('LOW', 'ARCHIVED');

-- CreateTable
CREATE TABLE "billing"."ProjectEntry" (
    "id" TEXT NOT NULL,
    "meta" DOUBLE PRECISION,
    "color" TEXT NOT NULL DEFAULT 'it''s',
    "weight" XML,
    "ratingKind" "RatingKind" NOT NULL DEFAULT 'LOW',

    CONSTRAINT "ProjectEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "billing"."teams" (
    "id" SERIAL NOT NULL,
    "isActive" BOOLEAN NOT NULL,
    "kind" VARBIT(10),
    "count" DOUBLE PRECISION DEFAULT -2.25,
    "data" DECIMAL(65,30) DEFAULT 2.25,
    "count2" TIMESTAMPTZ DEFAULT (now() + '1 day'::interval),
    "total" BYTEA,
    "ratingKind" "RatingKind" NOT NULL,
    "projectEntryId" TEXT,

    CONSTRAINT "teams_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MessageHistory" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "hash" BIGINT DEFAULT 1234567890123,
    "color" BIGINT NOT NULL DEFAULT 0,
    "ratingKind" "RatingKind" DEFAULT 'ARCHIVED',
    "teamId" INTEGER,

    CONSTRAINT "MessageHistory_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE UNIQUE INDEX "projectentry_ratingkind_uq" ON "billing"."ProjectEntry"("ratingKind");

-- CreateIndex
CREATE UNIQUE INDEX "teams_count_key" ON "billing"."teams"("count");

-- CreateIndex
CREATE UNIQUE INDEX "teams_projectEntryId_key" ON "billing"."teams"("projectEntryId");

-- CreateIndex
CREATE INDEX "teams_isActive_idx" ON "billing"."teams"("isActive" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "MessageHistory_teamId_key" ON "MessageHistory"("teamId");

-- CreateIndex
CREATE INDEX "MessageHistory_ratingKind_idx" ON "MessageHistory"("ratingKind" DESC);

-- CreateIndex
CREATE INDEX "MessageHistory_hash_color_idx" ON "MessageHistory"("hash", "color");
