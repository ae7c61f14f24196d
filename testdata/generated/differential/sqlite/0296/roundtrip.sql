-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_TagWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "payload_col" TEXT DEFAULT 'x',
    "data" BLOB NOT NULL,
    "slug" BLOB
);
INSERT INTO "new_TagWithAVeryLongNameThatGoesOnAndOnForTruncation" ("data", "id", "payload_col", "slug") SELECT "data", "id", "payload_col", "slug" FROM "TagWithAVeryLongNameThatGoesOnAndOnForTruncation";
DROP TABLE "TagWithAVeryLongNameThatGoesOnAndOnForTruncation";
ALTER TABLE "new_TagWithAVeryLongNameThatGoesOnAndOnForTruncation" RENAME TO "TagWithAVeryLongNameThatGoesOnAndOnForTruncation";
CREATE UNIQUE INDEX "TagWithAVeryLongNameThatGoesOnAndOnForTruncation_payload_col_key" ON "TagWithAVeryLongNameThatGoesOnAndOnForTruncation"("payload_col");
CREATE INDEX "TagWithAVeryLongNameThatGoesOnAndOnForTruncation_payload_col_idx" ON "TagWithAVeryLongNameThatGoesOnAndOnForTruncation"("payload_col");
CREATE INDEX "tagwithaverylongnamethatgoesonandonfortr_payload_1_ix" ON "TagWithAVeryLongNameThatGoesOnAndOnForTruncation"("payload_col");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
