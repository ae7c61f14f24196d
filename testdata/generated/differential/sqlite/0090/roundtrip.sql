-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_TeamWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "balance" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "secret" BLOB,
    "title" DATETIME DEFAULT '2024-01-02 03:04:05 +00:00',
    "label" TEXT DEFAULT 'a "quoted" word',
    "label2" BLOB,
    "payload" DATETIME
);
INSERT INTO "new_TeamWithAVeryLongNameThatGoesOnAndOnForTruncation" ("balance", "id", "label", "label2", "payload", "secret", "title") SELECT "balance", "id", "label", "label2", "payload", "secret", "title" FROM "TeamWithAVeryLongNameThatGoesOnAndOnForTruncation";
DROP TABLE "TeamWithAVeryLongNameThatGoesOnAndOnForTruncation";
ALTER TABLE "new_TeamWithAVeryLongNameThatGoesOnAndOnForTruncation" RENAME TO "TeamWithAVeryLongNameThatGoesOnAndOnForTruncation";
CREATE INDEX "teamwithaverylongnamethatgoesonandonfort_payload_0_ix" ON "TeamWithAVeryLongNameThatGoesOnAndOnForTruncation"("payload");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
