-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Coupon_v2" (
    "coupon_v2_id" TEXT NOT NULL PRIMARY KEY,
    "rank_col" TEXT,
    "avatar" BIGINT NOT NULL,
    "level" BLOB NOT NULL,
    "hash" TEXT,
    "email" INTEGER NOT NULL,
    "meta" TEXT NOT NULL DEFAULT '',
    "raw" NUMERIC
);
INSERT INTO "new_Coupon_v2" ("avatar", "coupon_v2_id", "email", "hash", "level", "meta", "rank_col", "raw") SELECT "avatar", "coupon_v2_id", "email", "hash", "level", "meta", "rank_col", "raw" FROM "Coupon_v2";
DROP TABLE "Coupon_v2";
ALTER TABLE "new_Coupon_v2" RENAME TO "Coupon_v2";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
