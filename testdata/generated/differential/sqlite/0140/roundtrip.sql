-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_stores" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "secret" BIGINT NOT NULL,
    "amount" BIGINT NOT NULL DEFAULT 1234567890123,
    "expiresAt" DATETIME NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "payload" TEXT DEFAULT 'x',
    "body" TEXT,
    "isActive" JSONB,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);
INSERT INTO "new_stores" ("amount", "body", "expiresAt", "isActive", "number", "payload", "secret", "tenantId", "updatedAt") SELECT "amount", "body", "expiresAt", "isActive", "number", "payload", "secret", "tenantId", "updatedAt" FROM "stores";
DROP TABLE "stores";
ALTER TABLE "new_stores" RENAME TO "stores";
CREATE INDEX "stores_body_amount_idx" ON "stores"("body", "amount");
CREATE INDEX "stores_expiresAt_payload_idx" ON "stores"("expiresAt", "payload");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
