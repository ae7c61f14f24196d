-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "base";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "extra";

-- CreateEnum
CREATE TYPE "base"."TokenKind" AS ENUM ('PENDING');

-- CreateTable
CREATE TABLE "extra"."Category" (
    "id" TEXT NOT NULL,
    "balance" VARBIT(4) NOT NULL,
    "version" JSONB DEFAULT '{}',
    "expiresAt" DOUBLE PRECISION DEFAULT 0,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "position" INTEGER DEFAULT 42,
    "data" BOOLEAN NOT NULL,
    "note_col" INTEGER NOT NULL DEFAULT 42,
    "rank" TIMESTAMP(3) NOT NULL,
    "data2" INTEGER DEFAULT -7,
    "tokenKind" "base"."TokenKind",

    CONSTRAINT "Event_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE UNIQUE INDEX "Category_balance_key" ON "extra"."Category"("balance" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Event_rank_data2_key" ON "Event"("rank", "data2");
