-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_NoteEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "label" BLOB NOT NULL,
    "status" INTEGER DEFAULT 1,
    "startsAt" INTEGER NOT NULL DEFAULT 0,
    "hash" TEXT NOT NULL
);
INSERT INTO "new_NoteEntry" ("hash", "id", "label", "startsAt", "status") SELECT "hash", "id", "label", "startsAt", "status" FROM "NoteEntry";
DROP TABLE "NoteEntry";
ALTER TABLE "new_NoteEntry" RENAME TO "NoteEntry";
CREATE INDEX "NoteEntry_startsAt_hash_idx" ON "NoteEntry"("startsAt", "hash");
CREATE INDEX "NoteEntry_startsAt_idx" ON "NoteEntry"("startsAt" DESC);
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
