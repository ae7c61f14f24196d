-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "auth";

-- CreateEnum
CREATE TYPE "InvoiceKind" AS ENUM ('done_value', 'Published', 'draft', 'ACTIVE');

-- CreateEnum
CREATE TYPE "auth"."ProfileKind" AS ENUM ('HIGH');

-- CreateTable
CREATE TABLE "Log" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "expiresat_col" TIMESTAMP(3) NOT NULL,
    "ratio" BYTEA NOT NULL,
    "score" MONEY NOT NULL,
    "status" INTEGER DEFAULT -7,
    "total" BOOLEAN DEFAULT false,
    "body" DECIMAL[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth"."Address" (
    "id" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "rank" BOOLEAN NOT NULL DEFAULT false,
    "status" SMALLINT NOT NULL,
    "ratio" INTEGER NOT NULL DEFAULT (1 + 2),
    "name" REAL,

    CONSTRAINT "Address_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth"."Session" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "amount_col" TIMESTAMPTZ(2) DEFAULT CURRENT_TIMESTAMP,
    "color" BIGINT NOT NULL DEFAULT 1234567890123,
    "weight" BIGINT NOT NULL DEFAULT 0,
    "status" TIMESTAMP(3) NOT NULL,
    "total" TIMESTAMP(3) NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "sessionId" INTEGER,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Log_slug_key" ON "Log"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Log_total_key" ON "Log"("total");

-- CreateIndex
CREATE UNIQUE INDEX "Address_slug_key" ON "auth"."Address"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Session_email_key" ON "auth"."Session"("email");

-- CreateIndex
CREATE INDEX "Session_sessionId_idx" ON "auth"."Session"("sessionId");

-- CreateIndex
CREATE INDEX "Session_weight_idx" ON "auth"."Session"("weight");

-- CreateIndex
CREATE INDEX "session_isactive_1_ix" ON "auth"."Session"("isActive" DESC, "email");

-- AddForeignKey
ALTER TABLE "auth"."Session" ADD CONSTRAINT "Session_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "auth"."Session"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;
