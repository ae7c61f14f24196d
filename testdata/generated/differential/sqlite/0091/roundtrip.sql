-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_File" (
    "file_id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "avatar" BLOB NOT NULL,
    "balance_col" DATETIME NOT NULL,
    "data" INTEGER NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "taskKind" TEXT,
    "raw" Int4
);
INSERT INTO "new_File" ("avatar", "balance_col", "createdAt", "data", "endsAt", "file_id", "raw", "taskKind") SELECT "avatar", "balance_col", "createdAt", "data", "endsAt", "file_id", "raw", "taskKind" FROM "File";
DROP TABLE "File";
ALTER TABLE "new_File" RENAME TO "File";
CREATE TABLE "new_channels" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "email" INTEGER DEFAULT -7,
    "position" INTEGER DEFAULT 1,
    "score" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "body" BIGINT NOT NULL DEFAULT 0,
    "flags" INTEGER NOT NULL
);
INSERT INTO "new_channels" ("body", "email", "flags", "id", "position", "score", "slug") SELECT "body", "email", "flags", "id", "position", "score", "slug" FROM "channels";
DROP TABLE "channels";
ALTER TABLE "new_channels" RENAME TO "channels";
CREATE UNIQUE INDEX "channels_slug_key" ON "channels"("slug");
CREATE UNIQUE INDEX "channels_position_key" ON "channels"("position");
CREATE INDEX "channels_flags_idx" ON "channels"("flags");
CREATE INDEX "channel_slug_1_ix" ON "channels"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
