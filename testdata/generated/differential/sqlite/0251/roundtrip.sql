-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_folders" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "balance" INTEGER NOT NULL DEFAULT 42,
    "createdAt" TEXT NOT NULL DEFAULT 'x',
    "meta" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "total" BOOLEAN NOT NULL DEFAULT true
);
INSERT INTO "new_folders" ("balance", "createdAt", "id", "meta", "total") SELECT "balance", "createdAt", "id", "meta", "total" FROM "folders";
DROP TABLE "folders";
ALTER TABLE "new_folders" RENAME TO "folders";
CREATE UNIQUE INDEX "folders_meta_total_key" ON "folders"("meta", "total");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
