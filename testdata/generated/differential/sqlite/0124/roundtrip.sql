-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Device" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "expiresAt" INTEGER NOT NULL DEFAULT 1,
    "publishedat_col" BIGINT NOT NULL DEFAULT 1234567890123,
    "hash" TEXT NOT NULL,
    "hash2" DECIMAL NOT NULL,
    "startsAt" JSONB NOT NULL,
    "logKind" TEXT NOT NULL,
    "deviceId" INTEGER,
    "cartId" INTEGER,
    CONSTRAINT "Device_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "Device" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Device_cartId_fkey" FOREIGN KEY ("cartId") REFERENCES "Cart" ("id") ON DELETE SET DEFAULT ON UPDATE SET DEFAULT
);
INSERT INTO "new_Device" ("cartId", "deviceId", "expiresAt", "hash", "hash2", "id", "logKind", "publishedat_col", "startsAt") SELECT "cartId", "deviceId", "expiresAt", "hash", "hash2", "id", "logKind", "publishedat_col", "startsAt" FROM "Device";
DROP TABLE "Device";
ALTER TABLE "new_Device" RENAME TO "Device";
CREATE INDEX "Device_deviceId_idx" ON "Device"("deviceId");
CREATE TABLE "new_Token" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "avatar" INTEGER,
    "payload" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "isActive" TEXT NOT NULL
);
INSERT INTO "new_Token" ("avatar", "id", "isActive", "payload") SELECT "avatar", "id", "isActive", "payload" FROM "Token";
DROP TABLE "Token";
ALTER TABLE "new_Token" RENAME TO "Token";
CREATE UNIQUE INDEX "Token_avatar_key" ON "Token"("avatar");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
