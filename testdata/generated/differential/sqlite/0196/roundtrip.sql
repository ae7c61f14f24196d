-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_devices" (
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
INSERT INTO "new_devices" ("color", "deviceId", "expiresAt", "flags", "id", "raw", "secret", "status") SELECT "color", "deviceId", "expiresAt", "flags", "id", "raw", "secret", "status" FROM "devices";
DROP TABLE "devices";
ALTER TABLE "new_devices" RENAME TO "devices";
CREATE INDEX "devices_deviceId_idx" ON "devices"("deviceId");
CREATE INDEX "device_expiresat_0_ix" ON "devices"("expiresAt", "color");
CREATE INDEX "devices_status_secret_idx" ON "devices"("status", "secret");
CREATE UNIQUE INDEX "device_pair_key" ON "devices"("color", "expiresAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
