-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "auth";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "billing";

-- CreateEnum
CREATE TYPE "billing"."RegionKind" AS ENUM ('draft_value', 'Published', 'done_value');

-- CreateTable
CREATE TABLE "auth"."PlanLink" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "body" INTEGER[] DEFAULT ARRAY[1, 2, 3]::INTEGER[],
    "regionKind" "billing"."RegionKind",
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "planLinkId" UUID,
    "planLinkId2" UUID,

    CONSTRAINT "PlanLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlanLink_planLinkId2_idx" ON "auth"."PlanLink"("planLinkId2");

-- CreateIndex
CREATE INDEX "PlanLink_planLinkId2_planLinkId_idx" ON "auth"."PlanLink"("planLinkId2", "planLinkId");

-- CreateIndex
CREATE INDEX "PlanLink_regionKind_planLinkId2_idx" ON "auth"."PlanLink"("regionKind", "planLinkId2");

-- AddForeignKey
ALTER TABLE "auth"."PlanLink" ADD CONSTRAINT "PlanLink_planLinkId_fkey" FOREIGN KEY ("planLinkId") REFERENCES "auth"."PlanLink"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auth"."PlanLink" ADD CONSTRAINT "PlanLink_planLinkId2_fkey" FOREIGN KEY ("planLinkId2") REFERENCES "auth"."PlanLink"("id") ON DELETE SET NULL ON UPDATE CASCADE;
