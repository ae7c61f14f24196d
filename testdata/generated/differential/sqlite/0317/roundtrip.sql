-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Audit" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "amount" DECIMAL NOT NULL DEFAULT 2.25,
    "amount2" REAL,
    "price" REAL DEFAULT -2.25,
    "body_col" INTEGER DEFAULT 1,
    "data" BOOLEAN,

    PRIMARY KEY ("number", "tenantId")
);
INSERT INTO "new_Audit" ("amount", "amount2", "body_col", "data", "number", "price", "tenantId") SELECT "amount", "amount2", "body_col", "data", "number", "price", "tenantId" FROM "Audit";
DROP TABLE "Audit";
ALTER TABLE "new_Audit" RENAME TO "Audit";
CREATE UNIQUE INDEX "Audit_amount_data_key" ON "Audit"("amount", "data");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
