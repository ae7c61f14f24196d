-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "billing";

-- CreateEnum
CREATE TYPE "billing"."Kind" AS ENUM ('A', 'B');

-- CreateTable
CREATE TABLE "Invoice" (
    "id" INTEGER NOT NULL,
    "kinds" "billing"."Kind"[] DEFAULT ARRAY['A']::"billing"."Kind"[],
    "times" TIMESTAMP[] DEFAULT ARRAY[]::TIMESTAMP[],
    "tags" VARCHAR[] DEFAULT ARRAY['x']::VARCHAR[],

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);
