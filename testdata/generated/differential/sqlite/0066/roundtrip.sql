-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Project" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "note" TEXT,
    "data" BIGINT,
    "code" BLOB,
    "raw" NUMERIC,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Project" ("code", "data", "id", "note", "raw", "updatedAt") SELECT "code", "data", "id", "note", "raw", "updatedAt" FROM "Project";
DROP TABLE "Project";
ALTER TABLE "new_Project" RENAME TO "Project";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
