-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Refund_v2" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "ratio" INTEGER DEFAULT 1,
    "verified" REAL DEFAULT 0,
    "name" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "data" REAL NOT NULL DEFAULT 1.5,
    "level" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("tenantId", "number")
);
INSERT INTO "new_Refund_v2" ("data", "level", "name", "number", "ratio", "tenantId", "verified") SELECT "data", "level", "name", "number", "ratio", "tenantId", "verified" FROM "Refund_v2";
DROP TABLE "Refund_v2";
ALTER TABLE "new_Refund_v2" RENAME TO "Refund_v2";
CREATE INDEX "Refund_v2_data_ratio_idx" ON "Refund_v2"("data", "ratio");
CREATE INDEX "Refund_v2_verified_idx" ON "Refund_v2"("verified");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
