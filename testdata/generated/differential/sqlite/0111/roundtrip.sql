-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_teams" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "label" BLOB,
    "createdAt" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "secret_col" DATETIME NOT NULL
);
INSERT INTO "new_teams" ("createdAt", "id", "label", "secret_col") SELECT "createdAt", "id", "label", "secret_col" FROM "teams";
DROP TABLE "teams";
ALTER TABLE "new_teams" RENAME TO "teams";
CREATE UNIQUE INDEX "teams_secret_col_key" ON "teams"("secret_col");
CREATE INDEX "teams_createdAt_idx" ON "teams"("createdAt");
CREATE INDEX "teams_secret_col_idx" ON "teams"("secret_col");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
