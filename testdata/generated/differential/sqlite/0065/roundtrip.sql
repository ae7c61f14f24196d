-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Project_v2" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "startsAt" REAL,
    "kind_col" BLOB,
    "status" TEXT NOT NULL DEFAULT '',
    "flags" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "email" DECIMAL DEFAULT 2.25
);
INSERT INTO "new_Project_v2" ("email", "flags", "id", "kind_col", "startsAt", "status") SELECT "email", "flags", "id", "kind_col", "startsAt", "status" FROM "Project_v2";
DROP TABLE "Project_v2";
ALTER TABLE "new_Project_v2" RENAME TO "Project_v2";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
