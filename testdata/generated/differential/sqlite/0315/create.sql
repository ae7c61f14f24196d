-- CreateTable
CREATE TABLE "User_v2" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "publishedAt" INTEGER,
    "name" TEXT,
    "status" DATETIME NOT NULL,
    "fileTenantId" TEXT NOT NULL,
    "fileNumber" INTEGER NOT NULL,
    CONSTRAINT "User_v2_fileTenantId_fileNumber_fkey" FOREIGN KEY ("fileTenantId", "fileNumber") REFERENCES "File" ("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Region" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "weight" DECIMAL NOT NULL,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Refund" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" DATETIME
);

-- CreateTable
CREATE TABLE "Device" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "total" DATETIME NOT NULL,
    "data_col" DATETIME NOT NULL,
    "status" REAL,
    "expiresAt" BLOB NOT NULL,
    "planHistoryKind" TEXT,
    "deviceId" INTEGER,
    "regionTenantId" TEXT,
    "regionNumber" INTEGER,
    "regionTenantId2" TEXT NOT NULL,
    "regionnumber2_ref" INTEGER NOT NULL,
    CONSTRAINT "Device_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "Device" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Device_regionTenantId_regionNumber_fkey" FOREIGN KEY ("regionTenantId", "regionNumber") REFERENCES "Region" ("tenantId", "number") ON DELETE SET DEFAULT ON UPDATE CASCADE,
    CONSTRAINT "Device_regionTenantId2_regionnumber2_ref_fkey" FOREIGN KEY ("regionTenantId2", "regionnumber2_ref") REFERENCES "Region" ("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "File" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "rank" INTEGER DEFAULT -7,
    "amount" DECIMAL NOT NULL,
    "planHistoryKind" TEXT NOT NULL DEFAULT 'ACTIVE',
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "_DeviceToUser_v2" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_DeviceToUser_v2_A_fkey" FOREIGN KEY ("A") REFERENCES "Device" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_DeviceToUser_v2_B_fkey" FOREIGN KEY ("B") REFERENCES "User_v2" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "User_v2_slug_key" ON "User_v2"("slug");

-- CreateIndex
CREATE INDEX "User_v2_fileTenantId_fileNumber_idx" ON "User_v2"("fileTenantId", "fileNumber");

-- CreateIndex
CREATE INDEX "User_v2_slug_fileTenantId_idx" ON "User_v2"("slug", "fileTenantId");

-- CreateIndex
CREATE INDEX "Region_weight_idx" ON "Region"("weight" DESC);

-- CreateIndex
CREATE INDEX "region_weight_1_ix" ON "Region"("weight" DESC);

-- CreateIndex
CREATE INDEX "Refund_slug_idx" ON "Refund"("slug");

-- CreateIndex
CREATE INDEX "refund_slug_1_ix" ON "Refund"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Device_slug_key" ON "Device"("slug");

-- CreateIndex
CREATE INDEX "Device_regionTenantId2_regionnumber2_ref_idx" ON "Device"("regionTenantId2", "regionnumber2_ref");

-- CreateIndex
CREATE INDEX "Device_slug_deviceId_idx" ON "Device"("slug", "deviceId");

-- CreateIndex
CREATE UNIQUE INDEX "_DeviceToUser_v2_AB_unique" ON "_DeviceToUser_v2"("A", "B");

-- CreateIndex
CREATE INDEX "_DeviceToUser_v2_B_index" ON "_DeviceToUser_v2"("B");
