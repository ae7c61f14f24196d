-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- CreateEnum
CREATE TYPE "projectkind_type" AS ENUM ('LOW', 'INACTIVE', 'DONE');

-- CreateEnum
CREATE TYPE "MessageKind" AS ENUM ('active_value', 'INACTIVE', 'DONE');

-- CreateTable
CREATE TABLE "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" SERIAL NOT NULL,
    "name" OID,
    "endsAt" BYTEA,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation_name_key" ON "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation"("name");

-- CreateIndex
CREATE INDEX "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation_name_idx" ON "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation"("name");

-- CreateIndex
CREATE INDEX "ratingwithaverylongnamethatgoesonandonfo_name_1_ix" ON "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation"("name" DESC);
