-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_folders" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" INTEGER,
    "raw" DATE
);
INSERT INTO "new_folders" ("id", "kind", "raw") SELECT "id", "kind", "raw" FROM "folders";
DROP TABLE "folders";
ALTER TABLE "new_folders" RENAME TO "folders";
CREATE UNIQUE INDEX "folders_kind_key" ON "folders"("kind");
CREATE INDEX "folders_kind_idx" ON "folders"("kind" DESC);
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
