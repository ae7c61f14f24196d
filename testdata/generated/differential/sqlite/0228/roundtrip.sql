-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Token" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "endsAt" INTEGER,
    "meta" INTEGER NOT NULL DEFAULT 0,
    "name" TEXT DEFAULT 'x',
    "version" INTEGER NOT NULL,
    "addressTenantId" TEXT,
    "addressNumber" INTEGER,
    "addressTenantId2" TEXT,
    "addressNumber2" INTEGER,
    CONSTRAINT "Token_addressTenantId_addressNumber_fkey" FOREIGN KEY ("addressTenantId", "addressNumber") REFERENCES "Address" ("tenantId", "number") ON DELETE NO ACTION ON UPDATE CASCADE,
    CONSTRAINT "Token_addressTenantId2_addressNumber2_fkey" FOREIGN KEY ("addressTenantId2", "addressNumber2") REFERENCES "Address" ("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Token" ("addressNumber", "addressNumber2", "addressTenantId", "addressTenantId2", "endsAt", "id", "meta", "name", "slug", "version") SELECT "addressNumber", "addressNumber2", "addressTenantId", "addressTenantId2", "endsAt", "id", "meta", "name", "slug", "version" FROM "Token";
DROP TABLE "Token";
ALTER TABLE "new_Token" RENAME TO "Token";
CREATE UNIQUE INDEX "Token_slug_key" ON "Token"("slug");
CREATE INDEX "Token_addressNumber_version_idx" ON "Token"("addressNumber", "version");
CREATE UNIQUE INDEX "Token_addressTenantId2_addressNumber2_key" ON "Token"("addressTenantId2", "addressNumber2");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
