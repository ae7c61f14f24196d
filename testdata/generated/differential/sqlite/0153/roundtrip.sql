-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_PostWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "ratio_col" INTEGER NOT NULL,
    "score" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "position" BLOB,

    PRIMARY KEY ("tenantId", "number")
);
INSERT INTO "new_PostWithAVeryLongNameThatGoesOnAndOnForTruncation" ("number", "position", "ratio_col", "score", "tenantId") SELECT "number", "position", "ratio_col", "score", "tenantId" FROM "PostWithAVeryLongNameThatGoesOnAndOnForTruncation";
DROP TABLE "PostWithAVeryLongNameThatGoesOnAndOnForTruncation";
ALTER TABLE "new_PostWithAVeryLongNameThatGoesOnAndOnForTruncation" RENAME TO "PostWithAVeryLongNameThatGoesOnAndOnForTruncation";
CREATE UNIQUE INDEX "postwithaverylongnamethatgoesonandonfort_ratio_uq" ON "PostWithAVeryLongNameThatGoesOnAndOnForTruncation"("ratio_col");
CREATE INDEX "PostWithAVeryLongNameThatGoesOnAndOnForTruncation_ratio_col_idx" ON "PostWithAVeryLongNameThatGoesOnAndOnForTruncation"("ratio_col");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
