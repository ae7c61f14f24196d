-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "billing";

-- CreateEnum
CREATE TYPE "billing"."RoleKind" AS ENUM ('ACTIVE', 'DONE');

-- CreateTable
CREATE TABLE "Message" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "ratio" BOOLEAN NOT NULL DEFAULT false,
    "name" XML NOT NULL,
    "isActive" INTEGER NOT NULL DEFAULT -7,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Message_isActive_idx" ON "Message"("isActive");

-- CreateIndex
CREATE INDEX "message_isactive_1_ix" ON "Message"("isActive");
