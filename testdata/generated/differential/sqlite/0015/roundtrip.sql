-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Note" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "payload" DATETIME,
    "payload2" BOOLEAN DEFAULT false,
    "meta" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Note" ("id", "meta", "payload", "payload2", "updatedAt") SELECT "id", "meta", "payload", "payload2", "updatedAt" FROM "Note";
DROP TABLE "Note";
ALTER TABLE "new_Note" RENAME TO "Note";
CREATE INDEX "Note_meta_payload2_idx" ON "Note"("meta", "payload2");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
