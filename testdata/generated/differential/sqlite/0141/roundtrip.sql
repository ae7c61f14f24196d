-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CouponLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "data" BLOB,
    "email_col" INTEGER DEFAULT 0,
    "version" TEXT DEFAULT 'x',
    "rank" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "noteKind" TEXT DEFAULT 'HIGH',
    "raw" money,
    "tokenTenantId" TEXT NOT NULL,
    "tokenNumber" INTEGER NOT NULL,
    "itemNumber" INTEGER,
    "itemTenantId" TEXT,
    CONSTRAINT "CouponLink_tokenTenantId_tokenNumber_fkey" FOREIGN KEY ("tokenTenantId", "tokenNumber") REFERENCES "TokenWithAVeryLongNameThatGoesOnAndOnForTruncation" ("tenantId", "number") ON DELETE CASCADE ON UPDATE RESTRICT,
    CONSTRAINT "CouponLink_itemNumber_itemTenantId_fkey" FOREIGN KEY ("itemNumber", "itemTenantId") REFERENCES "items" ("number", "tenantId") ON DELETE NO ACTION ON UPDATE CASCADE
);
INSERT INTO "new_CouponLink" ("data", "email_col", "id", "itemNumber", "itemTenantId", "noteKind", "rank", "raw", "tokenNumber", "tokenTenantId", "version") SELECT "data", "email_col", "id", "itemNumber", "itemTenantId", "noteKind", "rank", "raw", "tokenNumber", "tokenTenantId", "version" FROM "CouponLink";
DROP TABLE "CouponLink";
ALTER TABLE "new_CouponLink" RENAME TO "CouponLink";
CREATE INDEX "CouponLink_rank_idx" ON "CouponLink"("rank" DESC);
CREATE INDEX "CouponLink_rank_version_idx" ON "CouponLink"("rank", "version");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
