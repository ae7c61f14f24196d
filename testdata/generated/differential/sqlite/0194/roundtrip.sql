-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Token" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "total" INTEGER NOT NULL,
    "isActive" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "hash" INTEGER NOT NULL DEFAULT 1,
    "label" REAL DEFAULT 1.5,
    "email2" INTEGER,
    "tokenTenantId" TEXT,
    "tokenNumber" INTEGER,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Token_tokenTenantId_tokenNumber_fkey" FOREIGN KEY ("tokenTenantId", "tokenNumber") REFERENCES "Token" ("tenantId", "number") ON DELETE SET DEFAULT ON UPDATE CASCADE
);
INSERT INTO "new_Token" ("email", "email2", "hash", "isActive", "label", "number", "tenantId", "tokenNumber", "tokenTenantId", "total") SELECT "email", "email2", "hash", "isActive", "label", "number", "tenantId", "tokenNumber", "tokenTenantId", "total" FROM "Token";
DROP TABLE "Token";
ALTER TABLE "new_Token" RENAME TO "Token";
CREATE UNIQUE INDEX "token_isactive_uq" ON "Token"("isActive");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
