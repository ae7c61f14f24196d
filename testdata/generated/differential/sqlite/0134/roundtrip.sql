-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Session" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" BOOLEAN NOT NULL,
    "raw" VARCHAR(10)
);
INSERT INTO "new_Session" ("id", "raw", "slug") SELECT "id", "raw", "slug" FROM "Session";
DROP TABLE "Session";
ALTER TABLE "new_Session" RENAME TO "Session";
CREATE TABLE "new_User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" DATETIME NOT NULL,
    "total" BOOLEAN NOT NULL,
    "level_col" INTEGER NOT NULL,
    "createdAt" BIGINT,
    "status" JSONB NOT NULL,
    "createdAt2" DATETIME DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_User" ("createdAt", "createdAt2", "id", "level_col", "slug", "status", "total") SELECT "createdAt", "createdAt2", "id", "level_col", "slug", "status", "total" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
