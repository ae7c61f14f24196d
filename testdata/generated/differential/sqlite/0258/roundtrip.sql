-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Device" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "label" BIGINT NOT NULL,
    "size" INTEGER NOT NULL DEFAULT 1,
    "startsAt" BIGINT NOT NULL DEFAULT 1234567890123,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);
INSERT INTO "new_Device" ("label", "number", "size", "startsAt", "tenantId", "updatedAt") SELECT "label", "number", "size", "startsAt", "tenantId", "updatedAt" FROM "Device";
DROP TABLE "Device";
ALTER TABLE "new_Device" RENAME TO "Device";
CREATE UNIQUE INDEX "Device_startsAt_key" ON "Device"("startsAt");
CREATE UNIQUE INDEX "Device_startsAt_size_key" ON "Device"("startsAt", "size");
CREATE TABLE "new_Product" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "status_col" TEXT,
    "position" BOOLEAN NOT NULL,
    "publishedat_col" TEXT NOT NULL,
    "secret" DECIMAL DEFAULT 0,
    "endsAt" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "refundId" TEXT NOT NULL,
    CONSTRAINT "Product_refundId_fkey" FOREIGN KEY ("refundId") REFERENCES "refunds" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Product" ("endsAt", "id", "position", "publishedat_col", "refundId", "secret", "status_col", "updatedAt") SELECT "endsAt", "id", "position", "publishedat_col", "refundId", "secret", "status_col", "updatedAt" FROM "Product";
DROP TABLE "Product";
ALTER TABLE "new_Product" RENAME TO "Product";
CREATE UNIQUE INDEX "product_pair_key" ON "Product"("endsAt", "status_col");
CREATE TABLE "new_Region" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "rank" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "url" INTEGER DEFAULT 1,
    "body" INTEGER NOT NULL,
    "deviceTenantId" TEXT NOT NULL,
    "deviceNumber" INTEGER NOT NULL,
    CONSTRAINT "Region_deviceTenantId_deviceNumber_fkey" FOREIGN KEY ("deviceTenantId", "deviceNumber") REFERENCES "Device" ("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Region" ("body", "deviceNumber", "deviceTenantId", "handle", "id", "rank", "url") SELECT "body", "deviceNumber", "deviceTenantId", "handle", "id", "rank", "url" FROM "Region";
DROP TABLE "Region";
ALTER TABLE "new_Region" RENAME TO "Region";
CREATE UNIQUE INDEX "Region_handle_key" ON "Region"("handle");
CREATE INDEX "Region_deviceTenantId_idx" ON "Region"("deviceTenantId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
