-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "auth";

-- CreateTable
CREATE TABLE "auth"."Price" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "weight" BIGINT DEFAULT 1234567890123,
    "slug" JSONB DEFAULT '{"a": 1}',
    "rank" BIT,
    "version" OID[] DEFAULT ARRAY[1, 2, 3]::OID[],
    "position" DOUBLE PRECISION NOT NULL,
    "raw" lseg,
    "priceTenantId" TEXT,
    "priceNumber" INTEGER,
    "priceTenantId2" TEXT,
    "priceNumber2" INTEGER,

    CONSTRAINT "Price_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE INDEX "Price_weight_idx" ON "auth"."Price"("weight");

-- CreateIndex
CREATE INDEX "Price_rank_idx" ON "auth"."Price"("rank");

-- CreateIndex
CREATE INDEX "Price_slug_idx" ON "auth"."Price" USING GIN ("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Price_priceTenantId_priceNumber_key" ON "auth"."Price"("priceTenantId", "priceNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Price_priceTenantId2_priceNumber2_key" ON "auth"."Price"("priceTenantId2", "priceNumber2");

-- AddForeignKey
ALTER TABLE "auth"."Price" ADD CONSTRAINT "Price_priceTenantId_priceNumber_fkey" FOREIGN KEY ("priceTenantId", "priceNumber") REFERENCES "auth"."Price"("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auth"."Price" ADD CONSTRAINT "Price_priceTenantId2_priceNumber2_fkey" FOREIGN KEY ("priceTenantId2", "priceNumber2") REFERENCES "auth"."Price"("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE;
