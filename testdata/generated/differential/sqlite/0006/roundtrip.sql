-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Coupon" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "endsAt" TEXT DEFAULT 'back\slash',
    "raw" NUMERIC
);
INSERT INTO "new_Coupon" ("endsAt", "id", "raw") SELECT "endsAt", "id", "raw" FROM "Coupon";
DROP TABLE "Coupon";
ALTER TABLE "new_Coupon" RENAME TO "Coupon";
CREATE INDEX "Coupon_endsAt_idx" ON "Coupon"("endsAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
