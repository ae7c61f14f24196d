-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Invoice" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "note" INTEGER,
    "data" DECIMAL DEFAULT 1.5,
    "endsAt" BOOLEAN NOT NULL DEFAULT false,
    "title" REAL NOT NULL DEFAULT 1.5,
    "total" DECIMAL NOT NULL DEFAULT 0,
    "endsat2_col" INTEGER NOT NULL DEFAULT 1,
    "couponId" INTEGER NOT NULL,
    CONSTRAINT "Invoice_couponId_fkey" FOREIGN KEY ("couponId") REFERENCES "Coupon" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Invoice" ("couponId", "data", "endsAt", "endsat2_col", "id", "note", "title", "total") SELECT "couponId", "data", "endsAt", "endsat2_col", "id", "note", "title", "total" FROM "Invoice";
DROP TABLE "Invoice";
ALTER TABLE "new_Invoice" RENAME TO "Invoice";
CREATE UNIQUE INDEX "Invoice_couponId_key" ON "Invoice"("couponId");
CREATE INDEX "Invoice_title_idx" ON "Invoice"("title");
CREATE INDEX "invoice_title_1_ix" ON "Invoice"("title", "note");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
