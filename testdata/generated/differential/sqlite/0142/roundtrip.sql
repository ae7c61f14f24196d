-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ReviewWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meta" DATETIME NOT NULL,
    "secret" BLOB,
    "kind" INTEGER NOT NULL,
    "url" TEXT NOT NULL DEFAULT 'it''s',
    "refundKind" TEXT NOT NULL,
    "raw" DATE
);
INSERT INTO "new_ReviewWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id", "kind", "meta", "raw", "refundKind", "secret", "url") SELECT "id", "kind", "meta", "raw", "refundKind", "secret", "url" FROM "ReviewWithAVeryLongNameThatGoesOnAndOnForTruncation";
DROP TABLE "ReviewWithAVeryLongNameThatGoesOnAndOnForTruncation";
ALTER TABLE "new_ReviewWithAVeryLongNameThatGoesOnAndOnForTruncation" RENAME TO "ReviewWithAVeryLongNameThatGoesOnAndOnForTruncation";
CREATE INDEX "ReviewWithAVeryLongNameThatGoesOnAndOnForTruncation_meta_idx" ON "ReviewWithAVeryLongNameThatGoesOnAndOnForTruncation"("meta" DESC);
CREATE INDEX "reviewwithaverylongnamethatgoesonandonfo_refundkind_1_ix" ON "ReviewWithAVeryLongNameThatGoesOnAndOnForTruncation"("refundKind");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
