-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Comment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "position" DECIMAL NOT NULL DEFAULT 0,
    "kind_col" INTEGER NOT NULL,
    "endsAt" INTEGER NOT NULL,
    "status" TEXT,
    "title_col" BIGINT NOT NULL,
    "avatar_col" TEXT NOT NULL,
    "raw" NUMERIC
);
INSERT INTO "new_Comment" ("avatar_col", "endsAt", "id", "kind_col", "position", "raw", "status", "title_col") SELECT "avatar_col", "endsAt", "id", "kind_col", "position", "raw", "status", "title_col" FROM "Comment";
DROP TABLE "Comment";
ALTER TABLE "new_Comment" RENAME TO "Comment";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
