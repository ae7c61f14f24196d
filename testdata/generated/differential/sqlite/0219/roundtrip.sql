-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Store" (
    "store_id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "score_col" JSONB NOT NULL,
    "productKind" TEXT NOT NULL DEFAULT 'inactive_value',
    "raw" VARCHAR(10)
);
INSERT INTO "new_Store" ("email", "productKind", "raw", "score_col", "store_id") SELECT "email", "productKind", "raw", "score_col", "store_id" FROM "Store";
DROP TABLE "Store";
ALTER TABLE "new_Store" RENAME TO "Store";
CREATE UNIQUE INDEX "Store_email_key" ON "Store"("email");
CREATE INDEX "Store_email_idx" ON "Store"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
