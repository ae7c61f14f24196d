-- CreateTable
CREATE TABLE "Device" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version_col" INTEGER NOT NULL DEFAULT 1,
    "endsAt" BOOLEAN NOT NULL,
    "createdAt" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "addressKind" TEXT NOT NULL DEFAULT 'ACTIVE'
);

-- CreateTable
CREATE TABLE "Team2" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meta" INTEGER NOT NULL,
    "expiresAt" DECIMAL NOT NULL DEFAULT 1.5,
    "addressKind" TEXT DEFAULT 'LOW',
    "raw" NUMERIC
);

-- CreateTable
CREATE TABLE "DeviceLink" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "count" DECIMAL
);

-- CreateIndex
CREATE INDEX "Device_status_idx" ON "Device"("status");

-- CreateIndex
CREATE INDEX "device_createdat_1_ix" ON "Device"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Team2_addressKind_key" ON "Team2"("addressKind");

-- CreateIndex
CREATE INDEX "DeviceLink_count_idx" ON "DeviceLink"("count");
