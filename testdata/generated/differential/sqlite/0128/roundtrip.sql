-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Store" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "publishedAt" INTEGER,
    "size" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "total" BOOLEAN NOT NULL,
    "payload" DATETIME,
    "isActive" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "note" JSONB NOT NULL
);
INSERT INTO "new_Store" ("id", "isActive", "note", "payload", "publishedAt", "size", "total") SELECT "id", "isActive", "note", "payload", "publishedAt", "size", "total" FROM "Store";
DROP TABLE "Store";
ALTER TABLE "new_Store" RENAME TO "Store";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
