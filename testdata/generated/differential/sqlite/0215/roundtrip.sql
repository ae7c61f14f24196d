-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Price" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" INTEGER NOT NULL,
    "name" JSONB NOT NULL,
    "total_col" DATETIME NOT NULL,
    "raw" DATE
);
INSERT INTO "new_Price" ("id", "name", "raw", "slug", "total_col") SELECT "id", "name", "raw", "slug", "total_col" FROM "Price";
DROP TABLE "Price";
ALTER TABLE "new_Price" RENAME TO "Price";
CREATE INDEX "Price_slug_total_col_idx" ON "Price"("slug" DESC, "total_col");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
