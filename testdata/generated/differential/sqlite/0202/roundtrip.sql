-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_coupons" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "amount" INTEGER,
    "title" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "isActive" BLOB,
    "balance" DATETIME NOT NULL,
    "email2" DATETIME NOT NULL
);
INSERT INTO "new_coupons" ("amount", "balance", "email", "email2", "id", "isActive", "title") SELECT "amount", "balance", "email", "email2", "id", "isActive", "title" FROM "coupons";
DROP TABLE "coupons";
ALTER TABLE "new_coupons" RENAME TO "coupons";
CREATE UNIQUE INDEX "coupons_email_key" ON "coupons"("email");
CREATE UNIQUE INDEX "coupons_balance_key" ON "coupons"("balance");
CREATE INDEX "coupons_balance_email_idx" ON "coupons"("balance" DESC, "email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
