-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Invoice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "version" BLOB,
    "price" REAL,
    "count" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "level" DATETIME,
    "expiresAt" BLOB NOT NULL,
    "slug" BLOB,
    "raw" Int4
);
INSERT INTO "new_Invoice" ("count", "expiresAt", "id", "level", "price", "raw", "slug", "version") SELECT "count", "expiresAt", "id", "level", "price", "raw", "slug", "version" FROM "Invoice";
DROP TABLE "Invoice";
ALTER TABLE "new_Invoice" RENAME TO "Invoice";
CREATE UNIQUE INDEX "Invoice_price_key" ON "Invoice"("price");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
