-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "audit";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "auth";

-- CreateTable
CREATE TABLE "auth"."Project" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" DECIMAL(29,5),
    "createdAt" JSONB,
    "color_col" INTEGER NOT NULL,
    "endsAt" BIGINT,
    "categorySlug" TEXT,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "auth"."categorys" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "level" DOUBLE PRECISION NOT NULL,
    "flags" BIT[] DEFAULT ARRAY[]::BIT[],
    "endsAt" BIT NOT NULL DEFAULT '1',
    "secret" SMALLINT,
    "data" TEXT DEFAULT 'fixed'::text,
    "amount" VARCHAR(185) NOT NULL DEFAULT (gen_random_uuid())::text,

    CONSTRAINT "categorys_pkey" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "audit"."Coupon" (
    "id" BIGSERIAL NOT NULL,
    "endsat_col" VARBIT,
    "updatedAt" TIMESTAMP(3)[],
    "position" TIMESTAMP(3),
    "count_col" TEXT,
    "updatedAt2" TIMESTAMP(3) NOT NULL,
    "projectTenantId" TEXT,
    "projectNumber" INTEGER,

    CONSTRAINT "Coupon_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "File" (
    "id" SERIAL NOT NULL,
    "startsAt" JSONB NOT NULL,
    "verified" TIMETZ(6) NOT NULL,
    "createdAt" INTEGER,
    "raw" macaddr,

    CONSTRAINT "File_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit"."Folder" (
    "id" SERIAL NOT NULL,
    "endsAt" BIT[] DEFAULT ARRAY[]::BIT[],
    "price" BYTEA NOT NULL,
    "projectTenantId" TEXT NOT NULL,
    "projectNumber" INTEGER NOT NULL,

    CONSTRAINT "Folder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Project_categorySlug_idx" ON "auth"."Project"("categorySlug");

-- CreateIndex
CREATE UNIQUE INDEX "categorys_slug_key" ON "auth"."categorys"("slug");

-- CreateIndex
CREATE INDEX "categorys_tenantId_idx" ON "auth"."categorys" USING SPGIST ("tenantId");

-- CreateIndex
CREATE INDEX "Coupon_projectTenantId_idx" ON "audit"."Coupon"("projectTenantId");

-- CreateIndex
CREATE INDEX "Coupon_projectNumber_idx" ON "audit"."Coupon" USING BRIN ("projectNumber");

-- CreateIndex
CREATE UNIQUE INDEX "File_createdAt_key" ON "File"("createdAt");

-- CreateIndex
CREATE INDEX "File_startsAt_idx" ON "File" USING GIN ("startsAt" jsonb_path_ops);

-- CreateIndex
CREATE INDEX "Folder_projectNumber_idx" ON "audit"."Folder"("projectNumber" DESC);

-- CreateIndex
CREATE INDEX "Folder_endsAt_idx" ON "audit"."Folder" USING GIN ("endsAt");

-- AddForeignKey
ALTER TABLE "auth"."Project" ADD CONSTRAINT "Project_categorySlug_fkey" FOREIGN KEY ("categorySlug") REFERENCES "auth"."categorys"("slug") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit"."Coupon" ADD CONSTRAINT "Coupon_projectTenantId_projectNumber_fkey" FOREIGN KEY ("projectTenantId", "projectNumber") REFERENCES "auth"."Project"("tenantId", "number") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "audit"."Folder" ADD CONSTRAINT "Folder_projectTenantId_projectNumber_fkey" FOREIGN KEY ("projectTenantId", "projectNumber") REFERENCES "auth"."Project"("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE;
