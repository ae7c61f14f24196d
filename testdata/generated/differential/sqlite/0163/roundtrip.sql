-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Device" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "balance" INTEGER NOT NULL DEFAULT 1,
    "color" BIGINT NOT NULL,
    "version" TEXT,
    "roleTenantId" TEXT NOT NULL,
    "roleNumber" INTEGER NOT NULL,
    "userId" TEXT,
    "userId2" TEXT NOT NULL,
    CONSTRAINT "Device_roleTenantId_roleNumber_fkey" FOREIGN KEY ("roleTenantId", "roleNumber") REFERENCES "Role" ("tenantId", "number") ON DELETE SET DEFAULT ON UPDATE CASCADE,
    CONSTRAINT "Device_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE SET DEFAULT,
    CONSTRAINT "Device_userId2_fkey" FOREIGN KEY ("userId2") REFERENCES "User" ("id") ON DELETE NO ACTION ON UPDATE CASCADE
);
INSERT INTO "new_Device" ("balance", "color", "id", "roleNumber", "roleTenantId", "userId", "userId2", "version") SELECT "balance", "color", "id", "roleNumber", "roleTenantId", "userId", "userId2", "version" FROM "Device";
DROP TABLE "Device";
ALTER TABLE "new_Device" RENAME TO "Device";
CREATE INDEX "Device_roleTenantId_roleNumber_idx" ON "Device"("roleTenantId", "roleNumber");
CREATE INDEX "Device_userId_idx" ON "Device"("userId");
CREATE INDEX "Device_userId2_idx" ON "Device"("userId2");
CREATE TABLE "new_Team" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "hash" JSONB,
    "ratio" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endsAt" JSONB,
    "code" TEXT NOT NULL DEFAULT 'hello',
    "teamSlug" TEXT,
    CONSTRAINT "Team_teamSlug_fkey" FOREIGN KEY ("teamSlug") REFERENCES "Team" ("slug") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Team" ("code", "endsAt", "hash", "id", "ratio", "slug", "teamSlug") SELECT "code", "endsAt", "hash", "id", "ratio", "slug", "teamSlug" FROM "Team";
DROP TABLE "Team";
ALTER TABLE "new_Team" RENAME TO "Team";
CREATE UNIQUE INDEX "Team_slug_key" ON "Team"("slug");
CREATE INDEX "Team_teamSlug_idx" ON "Team"("teamSlug");
CREATE INDEX "team_teamslug_1_ix" ON "Team"("teamSlug" DESC);
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ratio" DATETIME,
    "level" DATETIME,
    "rank" TEXT NOT NULL DEFAULT 'x',
    "ratio2" INTEGER NOT NULL,
    "slug" INTEGER NOT NULL DEFAULT -7
);
INSERT INTO "new_User" ("id", "level", "rank", "ratio", "ratio2", "slug") SELECT "id", "level", "rank", "ratio", "ratio2", "slug" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
