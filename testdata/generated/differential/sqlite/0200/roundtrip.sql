-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_File" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" INTEGER NOT NULL DEFAULT 42,
    "publishedAt" REAL NOT NULL,
    "count" DECIMAL NOT NULL DEFAULT 0,
    "channelKind" TEXT NOT NULL DEFAULT 'inactive_value',
    "raw" VARCHAR(10)
);
INSERT INTO "new_File" ("channelKind", "count", "id", "publishedAt", "raw", "title") SELECT "channelKind", "count", "id", "publishedAt", "raw", "title" FROM "File";
DROP TABLE "File";
ALTER TABLE "new_File" RENAME TO "File";
CREATE INDEX "File_publishedAt_channelKind_idx" ON "File"("publishedAt", "channelKind");
CREATE INDEX "File_channelKind_idx" ON "File"("channelKind");
CREATE TABLE "new_items" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "url_col" DECIMAL,
    "data" BOOLEAN,
    "note" INTEGER DEFAULT 1,
    "ratio" TEXT,
    "note2" REAL,
    "channelKind" TEXT NOT NULL
);
INSERT INTO "new_items" ("channelKind", "data", "id", "note", "note2", "ratio", "url_col") SELECT "channelKind", "data", "id", "note", "note2", "ratio", "url_col" FROM "items";
DROP TABLE "items";
ALTER TABLE "new_items" RENAME TO "items";
CREATE UNIQUE INDEX "item_data_uq" ON "items"("data");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
