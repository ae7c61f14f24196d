-- CreateTable
CREATE TABLE "Product" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "updatedAt" BOOLEAN NOT NULL,
    "total" INTEGER NOT NULL,
    "updatedat2_col" BIGINT NOT NULL,
    "code_col" BLOB NOT NULL,
    "planLinkTenantId" TEXT,
    "planLinkNumber" INTEGER,
    CONSTRAINT "Product_planLinkTenantId_planLinkNumber_fkey" FOREIGN KEY ("planLinkTenantId", "planLinkNumber") REFERENCES "planlinks" ("tenantId", "number") ON DELETE SET DEFAULT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "planlinks" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "total" BIGINT,
    "color" JSONB,
    "startsAt" BIGINT,
    "size" JSONB,
    "count" JSONB,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateIndex
CREATE UNIQUE INDEX "Product_slug_key" ON "Product"("slug");

-- CreateIndex
CREATE INDEX "Product_planLinkNumber_idx" ON "Product"("planLinkNumber");

-- CreateIndex
CREATE UNIQUE INDEX "planlinks_total_key" ON "planlinks"("total");

-- CreateIndex
CREATE INDEX "planlink_total_0_ix" ON "planlinks"("total");

-- CreateIndex
CREATE INDEX "planlinks_total_idx" ON "planlinks"("total");
