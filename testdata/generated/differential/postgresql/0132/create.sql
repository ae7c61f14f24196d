-- CreateEnum
CREATE TYPE "RefundKind" AS ENUM ('low_value', 'HIGH', 'ARCHIVED', 'DONE');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('Published', 'HIGH');

-- CreateTable
CREATE TABLE "Member" (
    "id" INTEGER NOT NULL,
    "verified" BIGINT DEFAULT 1234567890123,
    "name" JSONB,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "endsAt" TIME(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Member_verified_idx" ON "Member"("verified" DESC);

-- CreateIndex
CREATE INDEX "member_verified_1_ix" ON "Member"("verified");
