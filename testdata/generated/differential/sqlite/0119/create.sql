-- CreateTable
CREATE TABLE "TeamHistory" (
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

-- CreateIndex
CREATE INDEX "TeamHistory_teamHistoryId2_idx" ON "TeamHistory"("teamHistoryId2");

-- CreateIndex
CREATE INDEX "TeamHistory_teamHistoryId2_teamHistoryId_idx" ON "TeamHistory"("teamHistoryId2" DESC, "teamHistoryId");
