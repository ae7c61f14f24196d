-- CreateEnum
CREATE TYPE "SessionKind" AS ENUM ('ACTIVE', 'draft', 'ARCHIVED');

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "count" TEXT[],
    "raw" int4range,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Account_id_idx" ON "Account" USING SPGIST ("id");
