-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Device" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version_col" INTEGER NOT NULL DEFAULT 1,
    "endsAt" BOOLEAN NOT NULL,
    "createdAt" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "addressKind" TEXT NOT NULL DEFAULT 'ACTIVE'
);
INSERT INTO "new_Device" ("addressKind", "createdAt", "endsAt", "id", "status", "version_col") SELECT "addressKind", "createdAt", "endsAt", "id", "status", "version_col" FROM "Device";
DROP TABLE "Device";
ALTER TABLE "new_Device" RENAME TO "Device";
CREATE INDEX "Device_status_idx" ON "Device"("status");
CREATE INDEX "device_createdat_1_ix" ON "Device"("createdAt");
CREATE TABLE "new_Team2" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meta" INTEGER NOT NULL,
    "expiresAt" DECIMAL NOT NULL DEFAULT 1.5,
    "addressKind" TEXT DEFAULT 'LOW',
    "raw" NUMERIC
);
INSERT INTO "new_Team2" ("addressKind", "expiresAt", "id", "meta", "raw") SELECT "addressKind", "expiresAt", "id", "meta", "raw" FROM "Team2";
DROP TABLE "Team2";
ALTER TABLE "new_Team2" RENAME TO "Team2";
CREATE UNIQUE INDEX "Team2_addressKind_key" ON "Team2"("addressKind");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
