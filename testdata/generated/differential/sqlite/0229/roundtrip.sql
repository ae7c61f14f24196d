-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Team" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "publishedAt" INTEGER NOT NULL DEFAULT 1,
    "hash_col" TEXT NOT NULL,
    "endsAt" JSONB,
    "balance" BIGINT NOT NULL,
    "publishedat2_col" BLOB,
    "publishedAt3" TEXT DEFAULT '',
    "taskId" INTEGER NOT NULL,
    CONSTRAINT "Team_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE NO ACTION ON UPDATE CASCADE
);
INSERT INTO "new_Team" ("balance", "endsAt", "hash_col", "id", "publishedAt", "publishedAt3", "publishedat2_col", "taskId") SELECT "balance", "endsAt", "hash_col", "id", "publishedAt", "publishedAt3", "publishedat2_col", "taskId" FROM "Team";
DROP TABLE "Team";
ALTER TABLE "new_Team" RENAME TO "Team";
CREATE UNIQUE INDEX "Team_taskId_key" ON "Team"("taskId");
CREATE INDEX "Team_balance_idx" ON "Team"("balance" DESC);
CREATE INDEX "Team_publishedAt_idx" ON "Team"("publishedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
