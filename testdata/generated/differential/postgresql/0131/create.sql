-- CreateEnum
CREATE TYPE "ShipmentKind" AS ENUM ('inactive_value');

-- CreateEnum
CREATE TYPE "OrderKind" AS ENUM ('archived_value', 'INACTIVE', 'ACTIVE', 'draft');

-- CreateTable
CREATE TABLE "Team" (
    "id" INTEGER NOT NULL,
    "updatedAt" JSONB NOT NULL,
    "createdAt" BIGINT NOT NULL DEFAULT 0,
    "avatar" VARBIT,
    "position" TEXT NOT NULL,
    "position2" TIMESTAMP(3),
    "shipmentKind" "ShipmentKind"[] DEFAULT ARRAY['inactive_value']::"ShipmentKind"[],
    "projectTenantId" TEXT,
    "projectnumber_ref" INTEGER,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "total" BOOLEAN DEFAULT false,
    "avatar" OID NOT NULL,
    "kind" BYTEA,
    "color_col" INTEGER DEFAULT (1 + 2),
    "shipmentKind" "ShipmentKind" DEFAULT 'inactive_value',

    CONSTRAINT "project_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Plan" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "flags" TIMETZ,
    "raw" polygon,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Channel2" (
    "id" SERIAL NOT NULL,
    "level_col" BIGINT,

    CONSTRAINT "Channel2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamLink" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "price" BOOLEAN DEFAULT false,
    "note" TEXT,
    "name" TEXT DEFAULT 'a "quoted" word',
    "expiresAt" DECIMAL(65,30) NOT NULL DEFAULT 0,
    "teamLinkSlug" TEXT,

    CONSTRAINT "TeamLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Team_projectTenantId_projectnumber_ref_idx" ON "Team"("projectTenantId", "projectnumber_ref");

-- CreateIndex
CREATE INDEX "Team_position_idx" ON "Team"("position");

-- CreateIndex
CREATE INDEX "Team_updatedAt_idx" ON "Team" USING GIN ("updatedAt" jsonb_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Project_color_col_shipmentKind_key" ON "Project"("color_col", "shipmentKind");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_flags_key" ON "Plan"("flags");

-- CreateIndex
CREATE INDEX "Plan_flags_idx" ON "Plan"("flags");

-- CreateIndex
CREATE INDEX "plan_flags_1_ix" ON "Plan"("flags" DESC);

-- CreateIndex
CREATE INDEX "Channel2_level_col_idx" ON "Channel2"("level_col");

-- CreateIndex
CREATE INDEX "channel2_level_1_ix" ON "Channel2"("level_col");

-- CreateIndex
CREATE UNIQUE INDEX "TeamLink_slug_key" ON "TeamLink"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "TeamLink_teamLinkSlug_key" ON "TeamLink"("teamLinkSlug");

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_projectTenantId_projectnumber_ref_fkey" FOREIGN KEY ("projectTenantId", "projectnumber_ref") REFERENCES "Project"("tenantId", "number") ON DELETE SET DEFAULT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamLink" ADD CONSTRAINT "teamlink_teamlinkslug_fk" FOREIGN KEY ("teamLinkSlug") REFERENCES "TeamLink"("slug") ON DELETE SET NULL ON UPDATE SET DEFAULT;
