-- CreateEnum
CREATE TYPE "OrderKind" AS ENUM ('LOW', 'draft', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "TicketKind" AS ENUM ('low_value', 'PENDING', 'Published', 'ACTIVE');

-- CreateTable
CREATE TABLE "Region" (
    "id" BIGSERIAL NOT NULL,
    "startsAt" INTEGER NOT NULL,
    "avatar_col" JSON,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "region_startsat_0_ix" ON "Region"("startsAt");
