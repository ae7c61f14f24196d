-- CreateEnum
CREATE TYPE "RefundKind" AS ENUM ('draft');

-- CreateTable
CREATE TABLE "Event" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "ratio" BOOLEAN NOT NULL DEFAULT false,
    "code" BIT NOT NULL,
    "title" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startsat_col" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "code2" BOOLEAN,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "Audit" (
    "id" SERIAL NOT NULL,
    "count" BYTEA NOT NULL,
    "refundKind" "RefundKind" NOT NULL,
    "addressSlug" TEXT,

    CONSTRAINT "Audit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Price" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "total" MONEY NOT NULL,
    "level" JSON DEFAULT '[]',
    "createdAt" INTEGER NOT NULL,
    "total2" BIGINT NOT NULL,
    "updatedat_col" JSONB,

    CONSTRAINT "Price_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Address" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "expiresAt" BYTEA,
    "email" JSONB,
    "weight" BOOLEAN NOT NULL,
    "refundKind" "RefundKind" NOT NULL,
    "priceTenantId" TEXT NOT NULL,
    "priceNumber" INTEGER NOT NULL,

    CONSTRAINT "Address_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "productitems" (
    "id" TEXT NOT NULL,
    "meta" DOUBLE PRECISION DEFAULT 1.5,
    "rank" CHAR[],
    "secret_col" JSONB NOT NULL,
    "ratio" INTEGER NOT NULL DEFAULT 42,
    "position" BIGINT NOT NULL DEFAULT 0,
    "refundKind" "RefundKind" DEFAULT 'draft',

    CONSTRAINT "productitems_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "addressTenantId" TEXT NOT NULL,
    "addressNumber" INTEGER NOT NULL,
    "priceTenantId" TEXT NOT NULL,
    "priceNumber" INTEGER NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("addressTenantId","addressNumber","priceTenantId","priceNumber")
);

-- CreateTable
CREATE TABLE "Post_v2" (
    "id" SMALLSERIAL NOT NULL,
    "startsAt" TEXT[],

    CONSTRAINT "Post_v2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Event_code2_idx" ON "Event"("code2");

-- CreateIndex
CREATE INDEX "event_code2_1_ix" ON "Event"("code2");

-- CreateIndex
CREATE UNIQUE INDEX "audit_refundkind_uq" ON "Audit"("refundKind");

-- CreateIndex
CREATE UNIQUE INDEX "Audit_addressSlug_key" ON "Audit"("addressSlug");

-- CreateIndex
CREATE INDEX "Audit_addressSlug_idx" ON "Audit" USING SPGIST ("addressSlug");

-- CreateIndex
CREATE UNIQUE INDEX "Address_slug_key" ON "Address"("slug");

-- CreateIndex
CREATE INDEX "Address_weight_refundKind_idx" ON "Address"("weight" DESC, "refundKind");

-- CreateIndex
CREATE UNIQUE INDEX "productitems_ratio_key" ON "productitems"("ratio");

-- CreateIndex
CREATE INDEX "productitems_refundKind_idx" ON "productitems"("refundKind");

-- CreateIndex
CREATE INDEX "Project_addressTenantId_idx" ON "Project" USING SPGIST ("addressTenantId");

-- CreateIndex
CREATE INDEX "Post_v2_startsAt_idx" ON "Post_v2" USING GIN ("startsAt");

-- AddForeignKey
ALTER TABLE "Audit" ADD CONSTRAINT "Audit_addressSlug_fkey" FOREIGN KEY ("addressSlug") REFERENCES "Address"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Address" ADD CONSTRAINT "Address_priceTenantId_priceNumber_fkey" FOREIGN KEY ("priceTenantId", "priceNumber") REFERENCES "Price"("tenantId", "number") ON DELETE SET DEFAULT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_addressTenantId_addressNumber_fkey" FOREIGN KEY ("addressTenantId", "addressNumber") REFERENCES "Address"("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_priceTenantId_priceNumber_fkey" FOREIGN KEY ("priceTenantId", "priceNumber") REFERENCES "Price"("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE;
