-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Store" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "hash" BLOB NOT NULL,
    "price" DECIMAL DEFAULT 2.25,
    "raw" NUMERIC
);
INSERT INTO "new_Store" ("hash", "id", "price", "raw") SELECT "hash", "id", "price", "raw" FROM "Store";
DROP TABLE "Store";
ALTER TABLE "new_Store" RENAME TO "Store";
CREATE UNIQUE INDEX "store_price_uq" ON "Store"("price");
CREATE INDEX "Store_price_idx" ON "Store"("price");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
