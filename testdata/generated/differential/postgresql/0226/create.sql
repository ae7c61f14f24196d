-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- CreateEnum
CREATE TYPE "ItemKind" AS ENUM ('PENDING', 'ACTIVE', 'ARCHIVED');

-- CreateTable
CREATE TABLE "Post" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" CITEXT NOT NULL,
    "startsAt" TIMESTAMP(3),

    CONSTRAINT "Post_pkey" PRIMARY KEY ("tenantId","number")
);
