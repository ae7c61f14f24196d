-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Plan" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "position" TEXT,
    "publishedAt" DATETIME,
    "price" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("tenantId", "number")
);
INSERT INTO "new_Plan" ("number", "position", "price", "publishedAt", "tenantId") SELECT "number", "position", "price", "publishedAt", "tenantId" FROM "Plan";
DROP TABLE "Plan";
ALTER TABLE "new_Plan" RENAME TO "Plan";
CREATE UNIQUE INDEX "plan_price_uq" ON "Plan"("price");
CREATE INDEX "plan_publishedat_0_ix" ON "Plan"("publishedAt");
CREATE TABLE "new_Token" (
    "token_id" TEXT NOT NULL PRIMARY KEY,
    "rank" DATETIME,
    "price" BIGINT,
    "score" TEXT DEFAULT 'x',
    "version_col" INTEGER DEFAULT 0,
    "raw" Int4
);
INSERT INTO "new_Token" ("price", "rank", "raw", "score", "token_id", "version_col") SELECT "price", "rank", "raw", "score", "token_id", "version_col" FROM "Token";
DROP TABLE "Token";
ALTER TABLE "new_Token" RENAME TO "Token";
CREATE UNIQUE INDEX "Token_rank_key" ON "Token"("rank");
CREATE INDEX "token_price_0_ix" ON "Token"("price");
CREATE INDEX "Token_rank_idx" ON "Token"("rank");
CREATE TABLE "new_tickets" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "hash" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "score" DATETIME NOT NULL,
    "balance" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_tickets" ("balance", "hash", "id", "score", "updatedAt") SELECT "balance", "hash", "id", "score", "updatedAt" FROM "tickets";
DROP TABLE "tickets";
ALTER TABLE "new_tickets" RENAME TO "tickets";
CREATE UNIQUE INDEX "ticket_score_uq" ON "tickets"("score");
CREATE INDEX "tickets_hash_idx" ON "tickets"("hash" DESC);
CREATE INDEX "ticket_hash_1_ix" ON "tickets"("hash");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
