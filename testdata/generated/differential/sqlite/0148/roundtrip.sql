-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Event" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "score" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "label" INTEGER NOT NULL,
    "kind" INTEGER DEFAULT 1,
    "rank" JSONB NOT NULL,
    "startsAt" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TEXT NOT NULL,
    "raw" circle
);
INSERT INTO "new_Event" ("createdAt", "id", "kind", "label", "rank", "raw", "score", "startsAt") SELECT "createdAt", "id", "kind", "label", "rank", "raw", "score", "startsAt" FROM "Event";
DROP TABLE "Event";
ALTER TABLE "new_Event" RENAME TO "Event";
CREATE INDEX "Event_label_idx" ON "Event"("label");
CREATE INDEX "event_label_1_ix" ON "Event"("label");
CREATE UNIQUE INDEX "Event_kind_label_key" ON "Event"("kind", "label");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
