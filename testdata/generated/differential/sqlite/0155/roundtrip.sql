-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Role" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" JSONB,
    "code" INTEGER DEFAULT 0,
    "amount" TEXT NOT NULL,
    "updatedAt" BIGINT NOT NULL DEFAULT 0,
    "position" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "isActive" DATETIME NOT NULL
);
INSERT INTO "new_Role" ("amount", "code", "expiresAt", "id", "isActive", "position", "updatedAt") SELECT "amount", "code", "expiresAt", "id", "isActive", "position", "updatedAt" FROM "Role";
DROP TABLE "Role";
ALTER TABLE "new_Role" RENAME TO "Role";
CREATE INDEX "Role_updatedAt_idx" ON "Role"("updatedAt" DESC);
CREATE UNIQUE INDEX "Role_amount_updatedAt_key" ON "Role"("amount", "updatedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
