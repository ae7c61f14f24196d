-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "audit";

-- CreateEnum
CREATE TYPE "TagKind" AS ENUM ('LOW');

-- CreateTable
CREATE TABLE "audit"."Project" (
    "id" SERIAL NOT NULL,
    "isActive" TIME DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TEXT NOT NULL,
    "tagKind" "TagKind" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);
