-- CreateTable
CREATE TABLE "devicelinks" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "price" DECIMAL NOT NULL,
    "count" BOOLEAN NOT NULL,
    "total" INTEGER NOT NULL DEFAULT -7,
    "count2" BLOB NOT NULL,
    "deviceLinkTenantId" TEXT,
    "deviceLinkNumber" INTEGER,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "devicelinks_deviceLinkTenantId_deviceLinkNumber_fkey" FOREIGN KEY ("deviceLinkTenantId", "deviceLinkNumber") REFERENCES "devicelinks" ("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Audit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "devicelinks_count_key" ON "devicelinks"("count");

-- CreateIndex
CREATE INDEX "devicelinks_deviceLinkTenantId_idx" ON "devicelinks"("deviceLinkTenantId" DESC);

-- CreateIndex
CREATE INDEX "Audit_slug_idx" ON "Audit"("slug" DESC);

-- CreateIndex
CREATE INDEX "audit_slug_1_ix" ON "Audit"("slug");
