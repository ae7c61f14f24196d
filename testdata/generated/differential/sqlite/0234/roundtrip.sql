-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_TaskWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "verified" TEXT NOT NULL DEFAULT 'x',
    "count" DATETIME
);
INSERT INTO "new_TaskWithAVeryLongNameThatGoesOnAndOnForTruncation" ("count", "id", "verified") SELECT "count", "id", "verified" FROM "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation";
DROP TABLE "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation";
ALTER TABLE "new_TaskWithAVeryLongNameThatGoesOnAndOnForTruncation" RENAME TO "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation";
CREATE UNIQUE INDEX "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation_verified_key" ON "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation"("verified");
CREATE INDEX "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation_verified_idx" ON "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation"("verified" DESC);
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
