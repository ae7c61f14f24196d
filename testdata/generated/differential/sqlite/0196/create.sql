-- CreateTable
CREATE TABLE "Channel" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" BOOLEAN,
    "title2_col" TEXT NOT NULL,
    "publishedAt" INTEGER DEFAULT 0,
    "name" DATETIME DEFAULT '2024-01-02 03:04:05 +00:00',
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "devices" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DATETIME NOT NULL,
    "flags" DATETIME NOT NULL,
    "secret" TEXT NOT NULL,
    "status" BOOLEAN NOT NULL,
    "color" BOOLEAN NOT NULL DEFAULT true,
    "raw" Int4,
    "deviceId" TEXT,
    CONSTRAINT "devices_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "devices" ("id") ON DELETE SET NULL ON UPDATE RESTRICT
);

-- CreateIndex
CREATE INDEX "Channel_name_title2_col_idx" ON "Channel"("name", "title2_col");

-- CreateIndex
CREATE INDEX "Channel_name_idx" ON "Channel"("name" DESC);

-- CreateIndex
CREATE INDEX "devices_deviceId_idx" ON "devices"("deviceId");

-- CreateIndex
CREATE INDEX "device_expiresat_0_ix" ON "devices"("expiresAt", "color");

-- CreateIndex
CREATE INDEX "devices_status_secret_idx" ON "devices"("status", "secret");

-- CreateIndex
CREATE UNIQUE INDEX "device_pair_key" ON "devices"("color", "expiresAt");
