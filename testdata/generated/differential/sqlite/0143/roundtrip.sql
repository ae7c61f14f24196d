-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Team" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "note" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "price" INTEGER NOT NULL,
    "code" BOOLEAN NOT NULL,
    "secret" INTEGER DEFAULT 1,
    "startsAt" JSONB NOT NULL,
    "total" INTEGER NOT NULL DEFAULT 1,
    "teamId" TEXT,
    CONSTRAINT "Team_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Team" ("code", "id", "note", "price", "secret", "slug", "startsAt", "teamId", "total") SELECT "code", "id", "note", "price", "secret", "slug", "startsAt", "teamId", "total" FROM "Team";
DROP TABLE "Team";
ALTER TABLE "new_Team" RENAME TO "Team";
CREATE UNIQUE INDEX "Team_slug_key" ON "Team"("slug");
CREATE UNIQUE INDEX "Team_price_key" ON "Team"("price");
CREATE INDEX "Team_teamId_idx" ON "Team"("teamId");
CREATE INDEX "team_teamid_0_ix" ON "Team"("teamId");
CREATE TABLE "new_User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "balance" REAL NOT NULL,
    "publishedAt" INTEGER NOT NULL DEFAULT 1,
    "count_col" JSONB
);
INSERT INTO "new_User" ("balance", "count_col", "id", "publishedAt") SELECT "balance", "count_col", "id", "publishedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_publishedAt_key" ON "User"("publishedAt");
CREATE INDEX "User_publishedAt_idx" ON "User"("publishedAt" DESC);
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
