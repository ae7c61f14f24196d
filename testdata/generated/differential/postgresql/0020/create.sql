-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "audit";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "base";

-- CreateEnum
CREATE TYPE "base"."commentkind_type" AS ENUM ('HIGH', 'INACTIVE');

-- CreateTable
CREATE TABLE "base"."Post" (
    "id" SERIAL NOT NULL,
    "rank" BYTEA NOT NULL,
    "commentKind" "base"."commentkind_type" NOT NULL,
    "raw" tsvector,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit"."Session" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "version" XML NOT NULL,
    "status" BIGINT NOT NULL DEFAULT 0,
    "startsAt" BOOLEAN NOT NULL DEFAULT true,
    "price" OID,
    "secret" BOOLEAN NOT NULL DEFAULT true,
    "commentKind" "base"."commentkind_type" NOT NULL DEFAULT 'INACTIVE',

    CONSTRAINT "Session_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "addresss" (
    "id" SMALLSERIAL NOT NULL,
    "body" BIGINT[],
    "expiresAt" UUID NOT NULL DEFAULT '8b0f2c1e-7a3d-4c55-9b1a-2f6e7d8c9a0b',
    "createdAt" JSONB DEFAULT '{}',
    "expiresAt2" TIMETZ(5) DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "addresss_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit"."Team" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "flags" BYTEA NOT NULL,
    "slug" JSONB NOT NULL,
    "hash" BIGINT NOT NULL DEFAULT 1234567890123,
    "commentKind" "base"."commentkind_type",
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Folder" (
    "id" SERIAL NOT NULL,
    "verified_col" DOUBLE PRECISION NOT NULL,
    "flags" BOOLEAN NOT NULL DEFAULT false,
    "weight" JSONB NOT NULL,

    CONSTRAINT "Folder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Session_startsAt_key" ON "audit"."Session"("startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "session_pair_key" ON "audit"."Session"("price", "secret");

-- CreateIndex
CREATE UNIQUE INDEX "addresss_expiresAt_key" ON "addresss"("expiresAt");

-- CreateIndex
CREATE INDEX "addresss_expiresAt_idx" ON "addresss"("expiresAt");

-- CreateIndex
CREATE INDEX "addresss_expiresAt2_idx" ON "addresss"("expiresAt2");

-- CreateIndex
CREATE UNIQUE INDEX "Folder_verified_col_key" ON "Folder"("verified_col" DESC);

-- CreateIndex
CREATE INDEX "Folder_verified_col_idx" ON "Folder"("verified_col");

-- CreateIndex
CREATE INDEX "Folder_flags_idx" ON "Folder"("flags");

-- CreateIndex
CREATE INDEX "Folder_weight_idx" ON "Folder" USING GIN ("weight" jsonb_path_ops);
