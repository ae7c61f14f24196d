-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "app";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "billing";

-- CreateEnum
CREATE TYPE "note_v2kind_type" AS ENUM ('draft', 'Published');

-- CreateEnum
CREATE TYPE "app"."PlanKind" AS ENUM ('ARCHIVED', 'HIGH', 'DONE');

-- CreateTable
CREATE TABLE "billing"."Audit" (
    "id" BIGSERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "verified" TIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "code" XML[] DEFAULT ARRAY[]::XML[],
    "auditId" BIGINT,
    "postId" TEXT,
    "projectId" INTEGER,

    CONSTRAINT "Audit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "billing"."projects" (
    "id" SERIAL NOT NULL,
    "secret" REAL,
    "secret2_col" TEXT NOT NULL,
    "createdAt" SMALLINT NOT NULL DEFAULT -7,
    "name" TIMESTAMP[],
    "expiresAt" DECIMAL(20,3),
    "auditId" BIGINT,

    CONSTRAINT "projects_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "billing"."posts" (
    "id" TEXT NOT NULL,
    "secret" TEXT,
    "code" INTEGER NOT NULL,
    "ratio" TIMESTAMPTZ(4) DEFAULT now(),
    "rank" JSONB NOT NULL,
    "updatedAt" DECIMAL(65,30) NOT NULL,
    "note_v2Kind" "note_v2kind_type" NOT NULL DEFAULT 'draft',

    CONSTRAINT "posts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Audit_slug_key" ON "billing"."Audit"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Audit_projectId_key" ON "billing"."Audit"("projectId");

-- CreateIndex
CREATE INDEX "Audit_projectId_postId_idx" ON "billing"."Audit"("projectId", "postId");

-- CreateIndex
CREATE INDEX "Audit_verified_auditId_idx" ON "billing"."Audit"("verified" DESC, "auditId");

-- CreateIndex
CREATE INDEX "Audit_slug_idx" ON "billing"."Audit" USING SPGIST ("slug");

-- CreateIndex
CREATE INDEX "projects_secret_idx" ON "billing"."projects"("secret");

-- CreateIndex
CREATE INDEX "project_auditid_1_ix" ON "billing"."projects"("auditId" DESC, "expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "post_pair_key" ON "billing"."posts"("secret", "ratio");

-- AddForeignKey
ALTER TABLE "billing"."Audit" ADD CONSTRAINT "Audit_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "billing"."Audit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing"."Audit" ADD CONSTRAINT "Audit_postId_fkey" FOREIGN KEY ("postId") REFERENCES "billing"."posts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing"."Audit" ADD CONSTRAINT "audit_projectid_fk" FOREIGN KEY ("projectId") REFERENCES "billing"."projects"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "billing"."projects" ADD CONSTRAINT "project_auditid_fk" FOREIGN KEY ("auditId") REFERENCES "billing"."Audit"("id") ON DELETE SET NULL ON UPDATE SET NULL;
