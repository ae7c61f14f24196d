-- CreateTable
CREATE TABLE "Task" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "isActive" DECIMAL,
    "price" BIGINT NOT NULL DEFAULT 1234567890123,
    "rank" DECIMAL NOT NULL DEFAULT 1.5,
    "price2" BOOLEAN NOT NULL,
    "expiresat_col" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "score_col" REAL
);

-- CreateTable
CREATE TABLE "Team" (
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

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" DECIMAL NOT NULL,
    "verified" BLOB
);

-- CreateTable
CREATE TABLE "Store" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "publishedAt" BOOLEAN NOT NULL DEFAULT false,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateIndex
CREATE UNIQUE INDEX "Task_rank_key" ON "Task"("rank");

-- CreateIndex
CREATE INDEX "Task_score_col_price2_idx" ON "Task"("score_col", "price2");

-- CreateIndex
CREATE UNIQUE INDEX "Team_taskId_key" ON "Team"("taskId");

-- CreateIndex
CREATE INDEX "Team_balance_idx" ON "Team"("balance" DESC);

-- CreateIndex
CREATE INDEX "Team_publishedAt_idx" ON "Team"("publishedAt");

-- CreateIndex
CREATE INDEX "comment_code_0_ix" ON "Comment"("code" DESC);

-- CreateIndex
CREATE INDEX "Store_publishedAt_idx" ON "Store"("publishedAt" DESC);
