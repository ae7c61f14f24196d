-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Category" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "payload" DECIMAL NOT NULL DEFAULT 0,
    "updatedAt" REAL NOT NULL,
    "rank" INTEGER DEFAULT 1,
    "meta" TEXT NOT NULL DEFAULT 'x',
    "profileKind" TEXT NOT NULL DEFAULT 'INACTIVE'
);
INSERT INTO "new_Category" ("id", "meta", "payload", "profileKind", "rank", "updatedAt") SELECT "id", "meta", "payload", "profileKind", "rank", "updatedAt" FROM "Category";
DROP TABLE "Category";
ALTER TABLE "new_Category" RENAME TO "Category";
CREATE UNIQUE INDEX "Category_updatedAt_key" ON "Category"("updatedAt");
CREATE INDEX "Category_meta_payload_idx" ON "Category"("meta" DESC, "payload");
CREATE INDEX "Category_payload_idx" ON "Category"("payload" DESC);
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
