-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Price" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "createdAt" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "price" BLOB,
    "kind" INTEGER DEFAULT -7,
    "expiresAt" BLOB,
    "status" REAL NOT NULL DEFAULT 1.5,
    "score" BLOB,
    "accountKind" TEXT
);
INSERT INTO "new_Price" ("accountKind", "createdAt", "expiresAt", "id", "kind", "price", "score", "status") SELECT "accountKind", "createdAt", "expiresAt", "id", "kind", "price", "score", "status" FROM "Price";
DROP TABLE "Price";
ALTER TABLE "new_Price" RENAME TO "Price";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
