-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_shipments" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "count" DECIMAL,
    "raw" NUMERIC,

    PRIMARY KEY ("number", "tenantId")
);
INSERT INTO "new_shipments" ("count", "number", "raw", "tenantId") SELECT "count", "number", "raw", "tenantId" FROM "shipments";
DROP TABLE "shipments";
ALTER TABLE "new_shipments" RENAME TO "shipments";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
