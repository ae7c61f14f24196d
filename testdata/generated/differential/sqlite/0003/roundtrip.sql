-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "total_col" TEXT NOT NULL DEFAULT 'it''s',
    "label" JSONB,
    "score" DATETIME NOT NULL,
    "updatedat_col" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "folderid_ref" TEXT,
    CONSTRAINT "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation_folderid_ref_fkey" FOREIGN KEY ("folderid_ref") REFERENCES "Folder" ("id") ON DELETE NO ACTION ON UPDATE SET NULL
);
INSERT INTO "new_CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation" ("email", "folderid_ref", "id", "label", "score", "total_col", "updatedat_col") SELECT "email", "folderid_ref", "id", "label", "score", "total_col", "updatedat_col" FROM "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation";
DROP TABLE "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation";
ALTER TABLE "new_CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation" RENAME TO "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation";
CREATE UNIQUE INDEX "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation_email_key" ON "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation"("email");
CREATE INDEX "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation_folderid_ref_idx" ON "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation"("folderid_ref");
CREATE INDEX "categorywithaverylongnamethatgoesonandon_email_1_ix" ON "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation"("email" DESC, "total_col");
CREATE TABLE "new_Price" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "expiresat_col" DECIMAL NOT NULL DEFAULT 1.5,
    "color" DATETIME,
    "label" DECIMAL NOT NULL,
    "balance" REAL,
    "expiresAt2" REAL NOT NULL
);
INSERT INTO "new_Price" ("balance", "color", "expiresAt2", "expiresat_col", "id", "label", "slug") SELECT "balance", "color", "expiresAt2", "expiresat_col", "id", "label", "slug" FROM "Price";
DROP TABLE "Price";
ALTER TABLE "new_Price" RENAME TO "Price";
CREATE UNIQUE INDEX "price_label_uq" ON "Price"("label");
CREATE INDEX "Price_label_color_idx" ON "Price"("label", "color");
CREATE INDEX "price_slug_1_ix" ON "Price"("slug");
CREATE UNIQUE INDEX "Price_expiresat_col_label_key" ON "Price"("expiresat_col", "label");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
