-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_PlanItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "status" JSONB NOT NULL,
    "price" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "productKind" TEXT NOT NULL DEFAULT 'Published',
    "updatedAt" DATETIME NOT NULL,
    "folderTenantId" TEXT NOT NULL,
    "folderNumber" INTEGER NOT NULL,
    CONSTRAINT "PlanItem_folderTenantId_folderNumber_fkey" FOREIGN KEY ("folderTenantId", "folderNumber") REFERENCES "folders" ("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_PlanItem" ("folderNumber", "folderTenantId", "handle", "id", "price", "productKind", "status", "updatedAt") SELECT "folderNumber", "folderTenantId", "handle", "id", "price", "productKind", "status", "updatedAt" FROM "PlanItem";
DROP TABLE "PlanItem";
ALTER TABLE "new_PlanItem" RENAME TO "PlanItem";
CREATE UNIQUE INDEX "PlanItem_handle_key" ON "PlanItem"("handle");
CREATE INDEX "PlanItem_handle_idx" ON "PlanItem"("handle");
CREATE TABLE "new_Session" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "endsAt" INTEGER NOT NULL DEFAULT 1,
    "kind" REAL,
    "data" JSONB NOT NULL,
    "data2" REAL NOT NULL DEFAULT -2.25,
    "rank" DATETIME NOT NULL,
    "note" DECIMAL NOT NULL
);
INSERT INTO "new_Session" ("data", "data2", "endsAt", "id", "kind", "note", "rank") SELECT "data", "data2", "endsAt", "id", "kind", "note", "rank" FROM "Session";
DROP TABLE "Session";
ALTER TABLE "new_Session" RENAME TO "Session";
CREATE UNIQUE INDEX "Session_data2_key" ON "Session"("data2");
CREATE INDEX "session_endsat_0_ix" ON "Session"("endsAt");
CREATE INDEX "Session_kind_endsAt_idx" ON "Session"("kind", "endsAt");
CREATE TABLE "new_folders" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "expiresAt" INTEGER DEFAULT 1,
    "kind" BOOLEAN DEFAULT false,
    "level" BIGINT NOT NULL DEFAULT 1234567890123,
    "kind2" BLOB,
    "productKind" TEXT NOT NULL,
    "planItemId" TEXT NOT NULL,
    "planItemId2" TEXT,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "folders_planItemId_fkey" FOREIGN KEY ("planItemId") REFERENCES "PlanItem" ("id") ON DELETE NO ACTION ON UPDATE CASCADE,
    CONSTRAINT "folders_planItemId2_fkey" FOREIGN KEY ("planItemId2") REFERENCES "PlanItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_folders" ("expiresAt", "kind", "kind2", "level", "number", "planItemId", "planItemId2", "productKind", "tenantId") SELECT "expiresAt", "kind", "kind2", "level", "number", "planItemId", "planItemId2", "productKind", "tenantId" FROM "folders";
DROP TABLE "folders";
ALTER TABLE "new_folders" RENAME TO "folders";
CREATE UNIQUE INDEX "folders_level_key" ON "folders"("level");
CREATE UNIQUE INDEX "folders_planItemId_key" ON "folders"("planItemId");
CREATE INDEX "folders_planItemId2_idx" ON "folders"("planItemId2");
CREATE INDEX "folders_productKind_idx" ON "folders"("productKind");
CREATE INDEX "folder_productkind_1_ix" ON "folders"("productKind");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
