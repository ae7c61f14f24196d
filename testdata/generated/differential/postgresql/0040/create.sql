-- CreateEnum
CREATE TYPE "RatingKind" AS ENUM ('active_value', 'Published', 'draft_value', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "TeamKind" AS ENUM ('low_value', 'inactive_value');

-- CreateTable
CREATE TABLE "Log" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" JSONB NOT NULL,
    "note" BIGINT DEFAULT 1234567890123,
    "status2" BYTEA NOT NULL,
    "position" INTEGER,
    "rank" JSONB DEFAULT '[]',
    "url" BOOLEAN,
    "regionid_ref" UUID,

    CONSTRAINT "log_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "shipments" (
    "id" SERIAL NOT NULL,
    "slug" BOOLEAN,
    "code" DATE[],
    "flags" TIMESTAMPTZ(1) DEFAULT CURRENT_TIMESTAMP,
    "createdAt" JSON NOT NULL,
    "teamKind" "TeamKind",

    CONSTRAINT "shipments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Region" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TIMESTAMP(3) NOT NULL,
    "kind" BIGINT,
    "email2" BYTEA[],
    "teamKind" "TeamKind" NOT NULL DEFAULT 'inactive_value',

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Token" (
    "id" SERIAL NOT NULL,
    "ratio" INTEGER NOT NULL DEFAULT 0,
    "level" BIT(2),
    "title" DECIMAL(65,30),
    "url" TIMESTAMP(3) NOT NULL,
    "regionEmail" TEXT NOT NULL,

    CONSTRAINT "Token_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Log_note_key" ON "Log"("note");

-- CreateIndex
CREATE INDEX "Log_tenantId_idx" ON "Log" USING SPGIST ("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "shipment_slug_uq" ON "shipments"("slug");

-- CreateIndex
CREATE INDEX "shipments_slug_idx" ON "shipments"("slug");

-- CreateIndex
CREATE INDEX "shipments_teamKind_idx" ON "shipments"("teamKind");

-- CreateIndex
CREATE UNIQUE INDEX "Region_email_key" ON "Region"("email");

-- CreateIndex
CREATE UNIQUE INDEX "region_teamkind_uq" ON "Region"("teamKind");

-- CreateIndex
CREATE UNIQUE INDEX "region_pair_key" ON "Region"("kind", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Token_regionEmail_key" ON "Token"("regionEmail");

-- CreateIndex
CREATE UNIQUE INDEX "Token_level_ratio_key" ON "Token"("level", "ratio");

-- AddForeignKey
ALTER TABLE "Log" ADD CONSTRAINT "Log_regionid_ref_fkey" FOREIGN KEY ("regionid_ref") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Token" ADD CONSTRAINT "Token_regionEmail_fkey" FOREIGN KEY ("regionEmail") REFERENCES "Region"("email") ON DELETE CASCADE ON UPDATE CASCADE;
