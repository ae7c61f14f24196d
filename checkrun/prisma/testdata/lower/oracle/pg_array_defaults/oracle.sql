-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "auth";

-- CreateEnum
CREATE TYPE "auth"."Status" AS ENUM ('A', 'B');

-- CreateTable
CREATE TABLE "S" (
    "id" INTEGER NOT NULL,
    "sts" "auth"."Status"[] DEFAULT ARRAY['A', 'B']::"auth"."Status"[],
    "n" INTEGER[] DEFAULT ARRAY[1, 2]::INTEGER[],
    "d" DECIMAL(65,30)[] DEFAULT ARRAY[1.5]::DECIMAL(65,30)[],
    "s" TEXT NOT NULL DEFAULT 'a\b',

    CONSTRAINT "S_pkey" PRIMARY KEY ("id")
);
