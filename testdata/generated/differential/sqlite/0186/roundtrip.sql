-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_producthistorys" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "score" TEXT NOT NULL,
    "color" REAL NOT NULL DEFAULT 0,
    "startsAt" INTEGER NOT NULL,
    "raw" Int4
);
INSERT INTO "new_producthistorys" ("color", "handle", "id", "raw", "score", "startsAt") SELECT "color", "handle", "id", "raw", "score", "startsAt" FROM "producthistorys";
DROP TABLE "producthistorys";
ALTER TABLE "new_producthistorys" RENAME TO "producthistorys";
CREATE UNIQUE INDEX "producthistorys_handle_key" ON "producthistorys"("handle");
CREATE UNIQUE INDEX "producthistorys_startsAt_key" ON "producthistorys"("startsAt");
CREATE INDEX "producthistorys_handle_idx" ON "producthistorys"("handle" DESC);
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
