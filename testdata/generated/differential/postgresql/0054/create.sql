-- CreateTable
CREATE TABLE "Device" (
    "device_id" UUID NOT NULL,
    "handle" TEXT NOT NULL,
    "amount" JSON,
    "status" TIME DEFAULT CURRENT_TIMESTAMP,
    "deviceId" UUID,

    CONSTRAINT "Device_pkey" PRIMARY KEY ("device_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Device_handle_key" ON "Device"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Device_status_key" ON "Device"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Device_deviceId_key" ON "Device"("deviceId");

-- CreateIndex
CREATE INDEX "Device_status_idx" ON "Device"("status" DESC);

-- CreateIndex
CREATE INDEX "device_status_1_ix" ON "Device"("status");

-- AddForeignKey
ALTER TABLE "Device" ADD CONSTRAINT "Device_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "Device"("device_id") ON DELETE SET NULL ON UPDATE CASCADE;
