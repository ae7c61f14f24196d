-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "extra";

-- CreateEnum
CREATE TYPE "ReviewKind" AS ENUM ('ARCHIVED', 'INACTIVE', 'draft', 'ACTIVE');

-- CreateTable
CREATE TABLE "extra"."Event" (
    "id" SERIAL NOT NULL,
    "flags" SMALLINT,
    "amount" TEXT NOT NULL,
    "data" BYTEA,
    "reviewKind" "ReviewKind" DEFAULT 'ARCHIVED',
    "priceId" INTEGER NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "extra"."prices" (
    "id" INTEGER NOT NULL,
    "body" BIGINT,
    "endsAt" BOOLEAN,
    "flags" BIGINT[],
    "balance" TEXT NOT NULL,
    "avatar_col" BOOLEAN NOT NULL DEFAULT false,
    "reviewKind" "ReviewKind",
    "raw" circle,
    "priceId" INTEGER,

    CONSTRAINT "prices_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Event_priceId_idx" ON "extra"."Event"("priceId");

-- CreateIndex
CREATE INDEX "Event_amount_idx" ON "extra"."Event"("amount");

-- CreateIndex
CREATE INDEX "event_amount_1_ix" ON "extra"."Event"("amount" DESC);

-- CreateIndex
CREATE INDEX "prices_priceId_idx" ON "extra"."prices"("priceId");

-- AddForeignKey
ALTER TABLE "extra"."Event" ADD CONSTRAINT "Event_priceId_fkey" FOREIGN KEY ("priceId") REFERENCES "extra"."prices"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "extra"."prices" ADD CONSTRAINT "prices_priceId_fkey" FOREIGN KEY ("priceId") REFERENCES "extra"."prices"("id") ON DELETE CASCADE ON UPDATE CASCADE;
