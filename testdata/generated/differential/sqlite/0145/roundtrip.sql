-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CategoryItem" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" JSONB NOT NULL,
    "kind" DECIMAL,
    "expiresAt" TEXT NOT NULL DEFAULT 'x',
    "rank" BLOB NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);
INSERT INTO "new_CategoryItem" ("expiresAt", "kind", "number", "rank", "status", "tenantId") SELECT "expiresAt", "kind", "number", "rank", "status", "tenantId" FROM "CategoryItem";
DROP TABLE "CategoryItem";
ALTER TABLE "new_CategoryItem" RENAME TO "CategoryItem";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
