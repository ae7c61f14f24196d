-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Audit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" TEXT NOT NULL,
    "name" BOOLEAN,
    "slug" DECIMAL DEFAULT 1.5,
    "flags" DECIMAL NOT NULL,
    "raw" DATE,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Audit" ("expiresAt", "flags", "id", "name", "raw", "slug", "updatedAt") SELECT "expiresAt", "flags", "id", "name", "raw", "slug", "updatedAt" FROM "Audit";
DROP TABLE "Audit";
ALTER TABLE "new_Audit" RENAME TO "Audit";
CREATE UNIQUE INDEX "Audit_expiresAt_key" ON "Audit"("expiresAt");
CREATE INDEX "Audit_flags_idx" ON "Audit"("flags" DESC);
CREATE TABLE "new_Folder" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "hash" INTEGER NOT NULL,
    "expiresAt" BLOB,
    "amount" DATETIME,
    "note" TEXT DEFAULT '',
    "updatedAt" INTEGER DEFAULT 1,
    "updatedAt2" DATETIME NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);
INSERT INTO "new_Folder" ("amount", "expiresAt", "hash", "note", "number", "slug", "tenantId", "updatedAt", "updatedAt2") SELECT "amount", "expiresAt", "hash", "note", "number", "slug", "tenantId", "updatedAt", "updatedAt2" FROM "Folder";
DROP TABLE "Folder";
ALTER TABLE "new_Folder" RENAME TO "Folder";
CREATE UNIQUE INDEX "Folder_slug_key" ON "Folder"("slug");
CREATE INDEX "folder_slug_0_ix" ON "Folder"("slug" DESC);
CREATE INDEX "Folder_updatedAt_idx" ON "Folder"("updatedAt");
CREATE TABLE "new_Plan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" BLOB NOT NULL,
    "raw" NUMERIC,
    "planId" TEXT,
    CONSTRAINT "Plan_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Plan" ("code", "id", "planId", "raw") SELECT "code", "id", "planId", "raw" FROM "Plan";
DROP TABLE "Plan";
ALTER TABLE "new_Plan" RENAME TO "Plan";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
