-- CreateTable
CREATE TABLE "TaskEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "score" TEXT NOT NULL,
    "kind" BIGINT NOT NULL DEFAULT 1234567890123,
    "updatedAt" DATETIME,
    "level" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "TaskEntry_slug_key" ON "TaskEntry"("slug");

-- CreateIndex
CREATE INDEX "TaskEntry_slug_idx" ON "TaskEntry"("slug" DESC);

-- CreateIndex
CREATE INDEX "TaskEntry_expiresAt_idx" ON "TaskEntry"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_score_key" ON "Tag"("score");
