-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "hstore";

-- CreateEnum
CREATE TYPE "MemberKind" AS ENUM ('HIGH', 'DONE');

-- CreateTable
CREATE TABLE "Review" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "position" BYTEA[],
    "label" MONEY NOT NULL,
    "weight" INTEGER[],
    "createdAt" TIMESTAMP(3),
    "raw" tsvector,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Review_email_key" ON "Review"("email");

-- CreateIndex
CREATE INDEX "Review_label_createdAt_idx" ON "Review"("label", "createdAt");

-- CreateIndex
CREATE INDEX "Review_weight_idx" ON "Review" USING GIN ("weight");
