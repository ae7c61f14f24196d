-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Payment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "size" INTEGER DEFAULT 42,
    "expiresAt" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "version" BOOLEAN NOT NULL DEFAULT false,
    "kind" TEXT NOT NULL,
    "note" INTEGER NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "productId" TEXT,
    CONSTRAINT "Payment_productId_fkey" FOREIGN KEY ("productId") REFERENCES "productwithaverylongnamethatgoesonandonfortruncations" ("productwithaverylongnamethatgoesonandonfortruncation_id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Payment" ("expiresAt", "id", "kind", "note", "productId", "size", "updatedAt", "version") SELECT "expiresAt", "id", "kind", "note", "productId", "size", "updatedAt", "version" FROM "Payment";
DROP TABLE "Payment";
ALTER TABLE "new_Payment" RENAME TO "Payment";
CREATE UNIQUE INDEX "Payment_productId_key" ON "Payment"("productId");
CREATE INDEX "Payment_kind_idx" ON "Payment"("kind");
CREATE INDEX "Payment_expiresAt_idx" ON "Payment"("expiresAt" DESC);
CREATE TABLE "new_productwithaverylongnamethatgoesonandonfortruncations" (
    "productwithaverylongnamethatgoesonandonfortruncation_id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "score_col" INTEGER NOT NULL DEFAULT -7,
    "amount" JSONB NOT NULL,
    "kind_col" DATETIME DEFAULT '2024-01-02 03:04:05 +00:00',
    "note" DATETIME DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_productwithaverylongnamethatgoesonandonfortruncations" ("amount", "kind_col", "note", "productwithaverylongnamethatgoesonandonfortruncation_id", "score_col", "slug") SELECT "amount", "kind_col", "note", "productwithaverylongnamethatgoesonandonfortruncation_id", "score_col", "slug" FROM "productwithaverylongnamethatgoesonandonfortruncations";
DROP TABLE "productwithaverylongnamethatgoesonandonfortruncations";
ALTER TABLE "new_productwithaverylongnamethatgoesonandonfortruncations" RENAME TO "productwithaverylongnamethatgoesonandonfortruncations";
CREATE UNIQUE INDEX "productwithaverylongnamethatgoesonandonfortruncations_slug_key" ON "productwithaverylongnamethatgoesonandonfortruncations"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
