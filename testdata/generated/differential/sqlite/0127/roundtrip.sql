-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Address" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "verified" JSONB,
    "weight" TEXT,
    "verified2" INTEGER NOT NULL,
    "score" TEXT DEFAULT 'a "quoted" word',
    "raw" NUMERIC,

    PRIMARY KEY ("tenantId", "number")
);
INSERT INTO "new_Address" ("handle", "number", "raw", "score", "tenantId", "verified", "verified2", "weight") SELECT "handle", "number", "raw", "score", "tenantId", "verified", "verified2", "weight" FROM "Address";
DROP TABLE "Address";
ALTER TABLE "new_Address" RENAME TO "Address";
CREATE UNIQUE INDEX "Address_handle_key" ON "Address"("handle");
CREATE TABLE "new_plans" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "data" INTEGER NOT NULL DEFAULT -7,
    "hash" INTEGER NOT NULL DEFAULT -7,
    "secret" INTEGER DEFAULT 1,
    "version" INTEGER DEFAULT -7,
    "planId" INTEGER,
    "planId2" INTEGER,
    "planId3" INTEGER,
    CONSTRAINT "plans_planId_fkey" FOREIGN KEY ("planId") REFERENCES "plans" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "plans_planId2_fkey" FOREIGN KEY ("planId2") REFERENCES "plans" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "plans_planId3_fkey" FOREIGN KEY ("planId3") REFERENCES "plans" ("id") ON DELETE NO ACTION ON UPDATE CASCADE
);
INSERT INTO "new_plans" ("data", "hash", "id", "planId", "planId2", "planId3", "secret", "version") SELECT "data", "hash", "id", "planId", "planId2", "planId3", "secret", "version" FROM "plans";
DROP TABLE "plans";
ALTER TABLE "new_plans" RENAME TO "plans";
CREATE INDEX "plans_data_idx" ON "plans"("data" DESC);
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
