-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Channel" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "size_col" REAL NOT NULL DEFAULT 1.5,
    "endsAt" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "isActive" INTEGER NOT NULL DEFAULT 0,
    "code" INTEGER NOT NULL DEFAULT -7,
    "raw" DATE
);
INSERT INTO "new_Channel" ("code", "endsAt", "id", "isActive", "raw", "size_col", "slug") SELECT "code", "endsAt", "id", "isActive", "raw", "size_col", "slug" FROM "Channel";
DROP TABLE "Channel";
ALTER TABLE "new_Channel" RENAME TO "Channel";
CREATE UNIQUE INDEX "Channel_slug_key" ON "Channel"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
