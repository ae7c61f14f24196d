-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Channel" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "flags" TEXT NOT NULL DEFAULT 'it''s',
    "count" BOOLEAN NOT NULL,
    "data" INTEGER NOT NULL,
    "color" TEXT NOT NULL,
    "ratio" TEXT NOT NULL DEFAULT 'x',
    "startsAt" INTEGER DEFAULT 42,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Channel" ("color", "count", "data", "flags", "handle", "id", "ratio", "startsAt", "updatedAt") SELECT "color", "count", "data", "flags", "handle", "id", "ratio", "startsAt", "updatedAt" FROM "Channel";
DROP TABLE "Channel";
ALTER TABLE "new_Channel" RENAME TO "Channel";
CREATE UNIQUE INDEX "Channel_handle_key" ON "Channel"("handle");
CREATE UNIQUE INDEX "Channel_startsAt_count_key" ON "Channel"("startsAt", "count");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
