-- CreateTable
CREATE TABLE "categorywithaverylongnamethatgoesonandonfortruncations" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "updatedAt" INTEGER NOT NULL,
    "url" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Device" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "payload" INTEGER,
    "startsAt" JSONB,
    "version" DATETIME,
    "note" INTEGER DEFAULT 0,
    "categoryTenantId" TEXT NOT NULL,
    "categoryNumber" INTEGER NOT NULL,

    PRIMARY KEY ("number", "tenantId"),
    CONSTRAINT "Device_categoryTenantId_categoryNumber_fkey" FOREIGN KEY ("categoryTenantId", "categoryNumber") REFERENCES "categorywithaverylongnamethatgoesonandonfortruncations" ("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Device_categoryTenantId_categoryNumber_key" ON "Device"("categoryTenantId", "categoryNumber");
