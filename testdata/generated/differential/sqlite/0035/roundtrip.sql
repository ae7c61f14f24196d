-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Refund" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "score" INTEGER DEFAULT 1,
    "payload" TEXT NOT NULL DEFAULT 'a "quoted" word',
    "updatedAt" DATETIME NOT NULL,
    "accountId" TEXT,

    PRIMARY KEY ("number", "tenantId"),
    CONSTRAINT "Refund_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Refund" ("accountId", "number", "payload", "score", "tenantId", "updatedAt") SELECT "accountId", "number", "payload", "score", "tenantId", "updatedAt" FROM "Refund";
DROP TABLE "Refund";
ALTER TABLE "new_Refund" RENAME TO "Refund";
CREATE INDEX "Refund_accountId_idx" ON "Refund"("accountId");
CREATE TABLE "new_coupons" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "position" REAL,
    "secret" BLOB NOT NULL,
    "payload" TEXT DEFAULT 'x',
    "email" BLOB
);
INSERT INTO "new_coupons" ("email", "id", "payload", "position", "secret") SELECT "email", "id", "payload", "position", "secret" FROM "coupons";
DROP TABLE "coupons";
ALTER TABLE "new_coupons" RENAME TO "coupons";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
