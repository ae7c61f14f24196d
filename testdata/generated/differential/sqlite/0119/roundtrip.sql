-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_TeamHistory" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "data" BLOB,
    "score" BLOB,
    "name" REAL DEFAULT -2.25,
    "rank" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "teamHistoryId" INTEGER,
    "teamHistoryId2" INTEGER,
    CONSTRAINT "TeamHistory_teamHistoryId_fkey" FOREIGN KEY ("teamHistoryId") REFERENCES "TeamHistory" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "TeamHistory_teamHistoryId2_fkey" FOREIGN KEY ("teamHistoryId2") REFERENCES "TeamHistory" ("id") ON DELETE NO ACTION ON UPDATE CASCADE
);
INSERT INTO "new_TeamHistory" ("createdAt", "data", "id", "name", "rank", "score", "teamHistoryId", "teamHistoryId2") SELECT "createdAt", "data", "id", "name", "rank", "score", "teamHistoryId", "teamHistoryId2" FROM "TeamHistory";
DROP TABLE "TeamHistory";
ALTER TABLE "new_TeamHistory" RENAME TO "TeamHistory";
CREATE INDEX "TeamHistory_teamHistoryId2_idx" ON "TeamHistory"("teamHistoryId2");
CREATE INDEX "TeamHistory_teamHistoryId2_teamHistoryId_idx" ON "TeamHistory"("teamHistoryId2" DESC, "teamHistoryId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
