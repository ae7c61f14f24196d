-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "app";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "audit";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "hstore";

-- CreateEnum
CREATE TYPE "audit"."Category_v2Kind" AS ENUM ('HIGH', 'LOW', 'ARCHIVED', 'DONE');

-- CreateEnum
CREATE TYPE "app"."CommentKind" AS ENUM ('INACTIVE');

-- CreateTable
CREATE TABLE "Token" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "name" BOOLEAN NOT NULL,
    "amount" TIMETZ,
    "hash" TEXT NOT NULL,
    "isActive" OID,
    "count" DOUBLE PRECISION,
    "isActive2" JSONB NOT NULL DEFAULT '{"a": 1}',
    "category_v2Kind" "audit"."Category_v2Kind" NOT NULL,

    CONSTRAINT "Token_pkey" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "audit"."Project" (
    "id" SERIAL NOT NULL,
    "isActive" VARCHAR NOT NULL,
    "category_v2Kind" "audit"."Category_v2Kind" NOT NULL DEFAULT 'ARCHIVED',
    "logTenantId" TEXT,
    "lognumber_ref" INTEGER,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit"."Log" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" DATE,
    "hash_col" VARCHAR[] DEFAULT ARRAY['a', 'b']::VARCHAR[],
    "payload" JSONB NOT NULL,
    "weight" JSON,
    "commentKind" "app"."CommentKind" NOT NULL,

    CONSTRAINT "Log_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "app"."Invoice" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "count" JSON NOT NULL DEFAULT '[]',
    "logTenantId" TEXT,
    "logNumber" INTEGER,
    "projectId" INTEGER,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE INDEX "Token_amount_idx" ON "Token"("amount");

-- CreateIndex
CREATE INDEX "token_amount_1_ix" ON "Token"("amount");

-- CreateIndex
CREATE INDEX "Token_isActive2_idx" ON "Token" USING GIN ("isActive2" jsonb_path_ops);

-- CreateIndex
CREATE UNIQUE INDEX "project_category_v2kind_uq" ON "audit"."Project"("category_v2Kind");

-- CreateIndex
CREATE INDEX "Project_logTenantId_lognumber_ref_idx" ON "audit"."Project"("logTenantId", "lognumber_ref");

-- CreateIndex
CREATE INDEX "Project_isActive_idx" ON "audit"."Project" USING HASH ("isActive");

-- CreateIndex
CREATE INDEX "Project_logTenantId_idx" ON "audit"."Project" USING SPGIST ("logTenantId");

-- CreateIndex
CREATE UNIQUE INDEX "Log_commentKind_key" ON "audit"."Log"("commentKind");

-- CreateIndex
CREATE INDEX "Log_commentKind_email_idx" ON "audit"."Log"("commentKind" DESC, "email");

-- CreateIndex
CREATE INDEX "Log_hash_col_idx" ON "audit"."Log" USING GIN ("hash_col");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_slug_key" ON "app"."Invoice"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_projectId_key" ON "app"."Invoice"("projectId");

-- CreateIndex
CREATE INDEX "invoice_slug_0_ix" ON "app"."Invoice" USING HASH ("slug");

-- CreateIndex
CREATE INDEX "Invoice_projectId_slug_idx" ON "app"."Invoice"("projectId", "slug");

-- AddForeignKey
ALTER TABLE "audit"."Project" ADD CONSTRAINT "Project_logTenantId_lognumber_ref_fkey" FOREIGN KEY ("logTenantId", "lognumber_ref") REFERENCES "audit"."Log"("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app"."Invoice" ADD CONSTRAINT "Invoice_logTenantId_logNumber_fkey" FOREIGN KEY ("logTenantId", "logNumber") REFERENCES "audit"."Log"("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app"."Invoice" ADD CONSTRAINT "invoice_projectid_fk" FOREIGN KEY ("projectId") REFERENCES "audit"."Project"("id") ON DELETE SET NULL ON UPDATE NO ACTION;
