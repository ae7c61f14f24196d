-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SessionLink" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "count" INTEGER,
    "amount" JSONB,
    "isActive" INTEGER NOT NULL DEFAULT 1,
    "cartKind" TEXT NOT NULL DEFAULT 'DONE'
);
INSERT INTO "new_SessionLink" ("amount", "cartKind", "count", "id", "isActive") SELECT "amount", "cartKind", "count", "id", "isActive" FROM "SessionLink";
DROP TABLE "SessionLink";
ALTER TABLE "new_SessionLink" RENAME TO "SessionLink";
CREATE INDEX "SessionLink_isActive_idx" ON "SessionLink"("isActive");
CREATE UNIQUE INDEX "SessionLink_cartKind_count_key" ON "SessionLink"("cartKind", "count");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
