-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Refund" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "size" TEXT NOT NULL,
    "data_col" BOOLEAN,
    "updatedat_col" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "weight" INTEGER NOT NULL DEFAULT 0,
    "raw" VARCHAR(10),
    "refundId" INTEGER,
    "refundSlug" TEXT,
    CONSTRAINT "Refund_refundId_fkey" FOREIGN KEY ("refundId") REFERENCES "Refund" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Refund_refundSlug_fkey" FOREIGN KEY ("refundSlug") REFERENCES "Refund" ("slug") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Refund" ("data_col", "id", "raw", "refundId", "refundSlug", "size", "slug", "updatedat_col", "weight") SELECT "data_col", "id", "raw", "refundId", "refundSlug", "size", "slug", "updatedat_col", "weight" FROM "Refund";
DROP TABLE "Refund";
ALTER TABLE "new_Refund" RENAME TO "Refund";
CREATE UNIQUE INDEX "Refund_slug_key" ON "Refund"("slug");
CREATE UNIQUE INDEX "Refund_updatedat_col_key" ON "Refund"("updatedat_col");
CREATE UNIQUE INDEX "Refund_refundId_key" ON "Refund"("refundId");
CREATE UNIQUE INDEX "Refund_refundSlug_key" ON "Refund"("refundSlug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
