-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_MessageLink" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "rank" DATETIME DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_MessageLink" ("id", "rank") SELECT "id", "rank" FROM "MessageLink";
DROP TABLE "MessageLink";
ALTER TABLE "new_MessageLink" RENAME TO "MessageLink";
CREATE UNIQUE INDEX "MessageLink_rank_key" ON "MessageLink"("rank");
CREATE INDEX "messagelink_rank_0_ix" ON "MessageLink"("rank");
CREATE TABLE "new_ReviewWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "secret" TEXT NOT NULL DEFAULT 'x',
    "orderTenantId" TEXT NOT NULL,
    "orderNumber" INTEGER NOT NULL,
    "orderEmail" TEXT NOT NULL,
    CONSTRAINT "ReviewWithAVeryLongNameThatGoesOnAndOnForTruncation_orderTenantId_orderNumber_fkey" FOREIGN KEY ("orderTenantId", "orderNumber") REFERENCES "OrderWithAVeryLongNameThatGoesOnAndOnForTruncation" ("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReviewWithAVeryLongNameThatGoesOnAndOnForTruncation_orderEmail_fkey" FOREIGN KEY ("orderEmail") REFERENCES "OrderWithAVeryLongNameThatGoesOnAndOnForTruncation" ("email") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ReviewWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id", "orderEmail", "orderNumber", "orderTenantId", "secret") SELECT "id", "orderEmail", "orderNumber", "orderTenantId", "secret" FROM "ReviewWithAVeryLongNameThatGoesOnAndOnForTruncation";
DROP TABLE "ReviewWithAVeryLongNameThatGoesOnAndOnForTruncation";
ALTER TABLE "new_ReviewWithAVeryLongNameThatGoesOnAndOnForTruncation" RENAME TO "ReviewWithAVeryLongNameThatGoesOnAndOnForTruncation";
CREATE INDEX "ReviewWithAVeryLongNameThatGoesOnAndOnForTruncation_secret_idx" ON "ReviewWithAVeryLongNameThatGoesOnAndOnForTruncation"("secret");
CREATE INDEX "reviewwithaverylongnamethatgoesonandonfo_secret_1_ix" ON "ReviewWithAVeryLongNameThatGoesOnAndOnForTruncation"("secret");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
