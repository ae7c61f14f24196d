-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Category" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "expiresAt" REAL NOT NULL,
    "total" TEXT NOT NULL,
    "avatar" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "price" DATETIME DEFAULT '2024-01-02 03:04:05 +00:00'
);
INSERT INTO "new_Category" ("avatar", "expiresAt", "id", "price", "total") SELECT "avatar", "expiresAt", "id", "price", "total" FROM "Category";
DROP TABLE "Category";
ALTER TABLE "new_Category" RENAME TO "Category";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
