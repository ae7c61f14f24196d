-- CreateTable
CREATE TABLE "CartLink" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "note" INTEGER NOT NULL DEFAULT -7,
    "body_col" JSONB DEFAULT '{}',
    "startsAt" BIGINT[],
    "expiresAt" DOUBLE PRECISION,
    "size" DECIMAL NOT NULL,
    "total" TIMESTAMPTZ,
    "cartLinkTenantId" TEXT,
    "cartLinkNumber" INTEGER,
    "cartLinkTenantId2" TEXT,
    "cartLinkNumber2" INTEGER,

    CONSTRAINT "cartlink_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE INDEX "CartLink_cartLinkTenantId_cartLinkNumber_idx" ON "CartLink"("cartLinkTenantId", "cartLinkNumber");

-- CreateIndex
CREATE UNIQUE INDEX "CartLink_cartLinkTenantId2_cartLinkNumber2_key" ON "CartLink"("cartLinkTenantId2", "cartLinkNumber2");

-- AddForeignKey
ALTER TABLE "CartLink" ADD CONSTRAINT "CartLink_cartLinkTenantId_cartLinkNumber_fkey" FOREIGN KEY ("cartLinkTenantId", "cartLinkNumber") REFERENCES "CartLink"("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CartLink" ADD CONSTRAINT "CartLink_cartLinkTenantId2_cartLinkNumber2_fkey" FOREIGN KEY ("cartLinkTenantId2", "cartLinkNumber2") REFERENCES "CartLink"("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE;
