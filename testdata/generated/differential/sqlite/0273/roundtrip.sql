-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Coupon" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "body" TEXT DEFAULT 'x',
    "expiresAt" TEXT NOT NULL DEFAULT 'back\slash',
    "status" TEXT
);
INSERT INTO "new_Coupon" ("body", "expiresAt", "id", "status") SELECT "body", "expiresAt", "id", "status" FROM "Coupon";
DROP TABLE "Coupon";
ALTER TABLE "new_Coupon" RENAME TO "Coupon";
CREATE INDEX "coupon_expiresat_0_ix" ON "Coupon"("expiresAt" DESC, "status");
CREATE INDEX "coupon_expiresat_1_ix" ON "Coupon"("expiresAt" DESC);
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" INTEGER NOT NULL DEFAULT -7,
    "email_col" BLOB NOT NULL,
    "label" BLOB NOT NULL,
    "endsAt" BOOLEAN NOT NULL,
    "title" BIGINT DEFAULT 0,
    "raw" NUMERIC
);
INSERT INTO "new_User" ("code", "email_col", "endsAt", "id", "label", "raw", "title") SELECT "code", "email_col", "endsAt", "id", "label", "raw", "title" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_endsAt_key" ON "User"("endsAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
