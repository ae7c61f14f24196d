-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Coupon" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "level" BIGINT DEFAULT 0,
    "startsAt" DATETIME,
    "version" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "flags" DECIMAL NOT NULL DEFAULT 0,
    "raw" NUMERIC,

    PRIMARY KEY ("number", "tenantId")
);
INSERT INTO "new_Coupon" ("flags", "level", "number", "raw", "startsAt", "tenantId", "updatedAt", "version") SELECT "flags", "level", "number", "raw", "startsAt", "tenantId", "updatedAt", "version" FROM "Coupon";
DROP TABLE "Coupon";
ALTER TABLE "new_Coupon" RENAME TO "Coupon";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
