-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Session" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" INTEGER DEFAULT -7,
    "rank" REAL DEFAULT 1.5,
    "url" TEXT DEFAULT '',
    "url2" TEXT DEFAULT 'back\slash',
    "label" TEXT NOT NULL DEFAULT 'hello',
    "slug" BIGINT NOT NULL,
    "raw" DATE
);
INSERT INTO "new_Session" ("id", "label", "name", "rank", "raw", "slug", "url", "url2") SELECT "id", "label", "name", "rank", "raw", "slug", "url", "url2" FROM "Session";
DROP TABLE "Session";
ALTER TABLE "new_Session" RENAME TO "Session";
CREATE UNIQUE INDEX "session_name_uq" ON "Session"("name");
CREATE INDEX "Session_url_idx" ON "Session"("url");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
