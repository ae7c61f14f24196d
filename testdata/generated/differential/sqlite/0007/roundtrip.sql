-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Audit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "balance" INTEGER DEFAULT 1
);
INSERT INTO "new_Audit" ("balance", "id") SELECT "balance", "id" FROM "Audit";
DROP TABLE "Audit";
ALTER TABLE "new_Audit" RENAME TO "Audit";
CREATE TABLE "new_Plan" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "startsat_col" DATETIME NOT NULL,
    "ratio" DECIMAL,
    "raw" DATE,

    PRIMARY KEY ("tenantId", "number")
);
INSERT INTO "new_Plan" ("number", "ratio", "raw", "startsat_col", "tenantId") SELECT "number", "ratio", "raw", "startsat_col", "tenantId" FROM "Plan";
DROP TABLE "Plan";
ALTER TABLE "new_Plan" RENAME TO "Plan";
CREATE INDEX "Plan_startsat_col_idx" ON "Plan"("startsat_col");
CREATE INDEX "plan_startsat_1_ix" ON "Plan"("startsat_col");
CREATE TABLE "new_Shipment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "isActive" TEXT DEFAULT '',
    "note" INTEGER NOT NULL,
    "label" BOOLEAN NOT NULL,
    "level" DATETIME,
    "url" BIGINT NOT NULL DEFAULT 1234567890123,
    "raw" NUMERIC
);
INSERT INTO "new_Shipment" ("data", "handle", "id", "isActive", "label", "level", "note", "raw", "url") SELECT "data", "handle", "id", "isActive", "label", "level", "note", "raw", "url" FROM "Shipment";
DROP TABLE "Shipment";
ALTER TABLE "new_Shipment" RENAME TO "Shipment";
CREATE UNIQUE INDEX "Shipment_handle_key" ON "Shipment"("handle");
CREATE UNIQUE INDEX "Shipment_note_key" ON "Shipment"("note");
CREATE INDEX "Shipment_isActive_idx" ON "Shipment"("isActive");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
