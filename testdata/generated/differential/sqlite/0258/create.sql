-- CreateTable
CREATE TABLE "Region" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "rank" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "url" INTEGER DEFAULT 1,
    "body" INTEGER NOT NULL,
    "deviceTenantId" TEXT NOT NULL,
    "deviceNumber" INTEGER NOT NULL,
    CONSTRAINT "Region_deviceTenantId_deviceNumber_fkey" FOREIGN KEY ("deviceTenantId", "deviceNumber") REFERENCES "Device" ("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Product" (
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

-- CreateTable
CREATE TABLE "refunds" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "body" DECIMAL NOT NULL DEFAULT 0,
    "title" JSONB,
    "status" JSONB,
    "email" DECIMAL NOT NULL DEFAULT 2.25,
    "label" BLOB NOT NULL
);

-- CreateTable
CREATE TABLE "Device" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "label" BIGINT NOT NULL,
    "size" INTEGER NOT NULL DEFAULT 1,
    "startsAt" BIGINT NOT NULL DEFAULT 1234567890123,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateIndex
CREATE UNIQUE INDEX "Region_handle_key" ON "Region"("handle");

-- CreateIndex
CREATE INDEX "Region_deviceTenantId_idx" ON "Region"("deviceTenantId");

-- CreateIndex
CREATE UNIQUE INDEX "product_pair_key" ON "Product"("endsAt", "status_col");

-- CreateIndex
CREATE INDEX "refunds_body_idx" ON "refunds"("body");

-- CreateIndex
CREATE INDEX "refund_body_1_ix" ON "refunds"("body");

-- CreateIndex
CREATE UNIQUE INDEX "Device_startsAt_key" ON "Device"("startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Device_startsAt_size_key" ON "Device"("startsAt", "size");
