-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Audit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "price" BLOB NOT NULL,
    "price2" BIGINT NOT NULL,
    "email" BIGINT DEFAULT 1234567890123,
    "raw" DATE,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Audit" ("email", "id", "price", "price2", "raw", "updatedAt") SELECT "email", "id", "price", "price2", "raw", "updatedAt" FROM "Audit";
DROP TABLE "Audit";
ALTER TABLE "new_Audit" RENAME TO "Audit";
CREATE INDEX "audit_email_0_ix" ON "Audit"("email");
CREATE INDEX "Audit_email_price2_idx" ON "Audit"("email" DESC, "price2");
CREATE UNIQUE INDEX "Audit_price2_email_key" ON "Audit"("price2", "email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
