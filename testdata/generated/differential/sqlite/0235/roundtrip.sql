-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_RatingWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "balance" DATETIME NOT NULL,
    "expiresAt" INTEGER DEFAULT 1,
    "balance2" DECIMAL NOT NULL,
    "body" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "ratio" INTEGER DEFAULT 0
);
INSERT INTO "new_RatingWithAVeryLongNameThatGoesOnAndOnForTruncation" ("balance", "balance2", "body", "expiresAt", "handle", "id", "ratio") SELECT "balance", "balance2", "body", "expiresAt", "handle", "id", "ratio" FROM "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation";
DROP TABLE "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation";
ALTER TABLE "new_RatingWithAVeryLongNameThatGoesOnAndOnForTruncation" RENAME TO "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation";
CREATE UNIQUE INDEX "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation_handle_key" ON "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation"("handle");
CREATE TABLE "new_Token" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "rank" TEXT DEFAULT 'x',
    "publishedAt" REAL DEFAULT 0,
    "label" REAL NOT NULL DEFAULT -2.25,
    "color" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);
INSERT INTO "new_Token" ("color", "handle", "label", "number", "publishedAt", "rank", "tenantId", "updatedAt") SELECT "color", "handle", "label", "number", "publishedAt", "rank", "tenantId", "updatedAt" FROM "Token";
DROP TABLE "Token";
ALTER TABLE "new_Token" RENAME TO "Token";
CREATE UNIQUE INDEX "Token_handle_key" ON "Token"("handle");
CREATE INDEX "Token_handle_rank_idx" ON "Token"("handle", "rank");
CREATE TABLE "new_price_v2s" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "avatar" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "isActive" DATETIME NOT NULL,
    "flags" JSONB,
    "position" REAL NOT NULL
);
INSERT INTO "new_price_v2s" ("avatar", "flags", "handle", "id", "isActive", "position") SELECT "avatar", "flags", "handle", "id", "isActive", "position" FROM "price_v2s";
DROP TABLE "price_v2s";
ALTER TABLE "new_price_v2s" RENAME TO "price_v2s";
CREATE UNIQUE INDEX "price_v2s_handle_key" ON "price_v2s"("handle");
CREATE INDEX "price_v2s_handle_idx" ON "price_v2s"("handle");
CREATE INDEX "price_v2s_handle_position_idx" ON "price_v2s"("handle" DESC, "position");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
