-- CreateTable
CREATE TABLE "Device" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "isActive" INTEGER NOT NULL,
    "raw" money,
    "deviceId" TEXT,
    CONSTRAINT "Device_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "Device" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProductItem" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "rank" BIGINT NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateIndex
CREATE INDEX "Device_deviceId_idx" ON "Device"("deviceId");

-- CreateIndex
CREATE INDEX "device_deviceid_0_ix" ON "Device"("deviceId" DESC);
