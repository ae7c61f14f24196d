-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_FileHistory" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "size" TEXT NOT NULL,
    "ratio" TEXT,
    "total" TEXT DEFAULT 'a "quoted" word',
    "amount" INTEGER DEFAULT 1,
    "payload" BIGINT DEFAULT 1234567890123,
    "total2" TEXT NOT NULL DEFAULT 'it''s',
    "postKind" TEXT NOT NULL DEFAULT 'published_value',
    "fileHistoryId" TEXT,
    CONSTRAINT "FileHistory_fileHistoryId_fkey" FOREIGN KEY ("fileHistoryId") REFERENCES "FileHistory" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_FileHistory" ("amount", "fileHistoryId", "id", "payload", "postKind", "ratio", "size", "slug", "total", "total2") SELECT "amount", "fileHistoryId", "id", "payload", "postKind", "ratio", "size", "slug", "total", "total2" FROM "FileHistory";
DROP TABLE "FileHistory";
ALTER TABLE "new_FileHistory" RENAME TO "FileHistory";
CREATE UNIQUE INDEX "FileHistory_slug_key" ON "FileHistory"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
