-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Audit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "isActive" TEXT NOT NULL DEFAULT 'x'
);
INSERT INTO "new_Audit" ("id", "isActive") SELECT "id", "isActive" FROM "Audit";
DROP TABLE "Audit";
ALTER TABLE "new_Audit" RENAME TO "Audit";
CREATE INDEX "Audit_isActive_idx" ON "Audit"("isActive");
CREATE TABLE "new_Event" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "rank" BIGINT NOT NULL DEFAULT 1234567890123,
    "flags" JSONB NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT false,
    "amount" DATETIME,
    "secret" DATETIME NOT NULL,
    "raw" VARCHAR(10)
);
INSERT INTO "new_Event" ("amount", "flags", "id", "isActive", "rank", "raw", "secret") SELECT "amount", "flags", "id", "isActive", "rank", "raw", "secret" FROM "Event";
DROP TABLE "Event";
ALTER TABLE "new_Event" RENAME TO "Event";
CREATE INDEX "Event_rank_amount_idx" ON "Event"("rank", "amount");
CREATE INDEX "event_secret_1_ix" ON "Event"("secret", "rank");
CREATE TABLE "new_Project" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code_col" INTEGER NOT NULL DEFAULT 1,
    "score" DATETIME,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Project" ("code_col", "id", "score", "updatedAt") SELECT "code_col", "id", "score", "updatedAt" FROM "Project";
DROP TABLE "Project";
ALTER TABLE "new_Project" RENAME TO "Project";
CREATE UNIQUE INDEX "Project_code_col_key" ON "Project"("code_col");
CREATE INDEX "Project_code_col_idx" ON "Project"("code_col");
CREATE INDEX "project_code_1_ix" ON "Project"("code_col");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
