-- CreateTable
CREATE TABLE "logs" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "score" BIGINT DEFAULT 1234567890123,
    "logId" INTEGER,
    CONSTRAINT "logs_logId_fkey" FOREIGN KEY ("logId") REFERENCES "logs" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "logs_score_key" ON "logs"("score");

-- CreateIndex
CREATE INDEX "logs_logId_idx" ON "logs"("logId");

-- CreateIndex
CREATE INDEX "logs_logId_score_idx" ON "logs"("logId", "score");

-- CreateIndex
CREATE INDEX "log_logid_1_ix" ON "logs"("logId");
