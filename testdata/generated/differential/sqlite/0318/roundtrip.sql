-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Category2" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "rank" JSONB,
    "level" JSONB NOT NULL,
    "code" TEXT,
    "slug" BIGINT NOT NULL DEFAULT 1234567890123,
    "publishedAt" INTEGER DEFAULT 42,
    "raw" NUMERIC,

    PRIMARY KEY ("tenantId", "number")
);
INSERT INTO "new_Category2" ("code", "email", "level", "number", "publishedAt", "rank", "raw", "slug", "tenantId") SELECT "code", "email", "level", "number", "publishedAt", "rank", "raw", "slug", "tenantId" FROM "Category2";
DROP TABLE "Category2";
ALTER TABLE "new_Category2" RENAME TO "Category2";
CREATE UNIQUE INDEX "Category2_email_key" ON "Category2"("email");
CREATE INDEX "Category2_slug_idx" ON "Category2"("slug");
CREATE INDEX "Category2_email_idx" ON "Category2"("email");
CREATE TABLE "new_MemberWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "verified" BOOLEAN DEFAULT true,
    "status" TEXT,
    "data" BOOLEAN NOT NULL DEFAULT false,
    "amount" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "slug" TEXT NOT NULL,
    "raw" VARCHAR(10),

    PRIMARY KEY ("tenantId", "number")
);
INSERT INTO "new_MemberWithAVeryLongNameThatGoesOnAndOnForTruncation" ("amount", "data", "number", "raw", "slug", "status", "tenantId", "verified") SELECT "amount", "data", "number", "raw", "slug", "status", "tenantId", "verified" FROM "MemberWithAVeryLongNameThatGoesOnAndOnForTruncation";
DROP TABLE "MemberWithAVeryLongNameThatGoesOnAndOnForTruncation";
ALTER TABLE "new_MemberWithAVeryLongNameThatGoesOnAndOnForTruncation" RENAME TO "MemberWithAVeryLongNameThatGoesOnAndOnForTruncation";
CREATE UNIQUE INDEX "MemberWithAVeryLongNameThatGoesOnAndOnForTruncation_slug_key" ON "MemberWithAVeryLongNameThatGoesOnAndOnForTruncation"("slug");
CREATE UNIQUE INDEX "memberwithaverylongnamethatgoesonandonfo_pair_key" ON "MemberWithAVeryLongNameThatGoesOnAndOnForTruncation"("slug", "amount");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
