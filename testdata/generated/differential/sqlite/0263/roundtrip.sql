-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Product" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "rank" TEXT DEFAULT 'x',
    "flags" DECIMAL NOT NULL DEFAULT 2.25,
    "level" TEXT NOT NULL,
    "email2" REAL NOT NULL DEFAULT 0,
    "accountKind" TEXT NOT NULL
);
INSERT INTO "new_Product" ("accountKind", "email", "email2", "flags", "id", "level", "rank") SELECT "accountKind", "email", "email2", "flags", "id", "level", "rank" FROM "Product";
DROP TABLE "Product";
ALTER TABLE "new_Product" RENAME TO "Product";
CREATE UNIQUE INDEX "Product_email_key" ON "Product"("email");
CREATE INDEX "Product_email2_idx" ON "Product"("email2");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
