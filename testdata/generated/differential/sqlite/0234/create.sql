-- CreateTable
CREATE TABLE "NoteLink" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "url" REAL NOT NULL DEFAULT 1.5,
    "title" INTEGER DEFAULT -7,
    "amount" JSONB NOT NULL,
    "amount2" BIGINT NOT NULL DEFAULT 0,
    "startsAt" JSONB NOT NULL,
    "position" BOOLEAN NOT NULL
);

-- CreateTable
CREATE TABLE "ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" BOOLEAN NOT NULL,
    "data" INTEGER,
    "secret_col" JSONB,
    "count" INTEGER NOT NULL,
    "level" BIGINT,
    "amount" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ItemWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "itemwithaverylongnamethatgoesonandonfortruncation_id" TEXT NOT NULL PRIMARY KEY,
    "hash_col" BLOB,
    "balance" BOOLEAN NOT NULL,
    "note" TEXT,
    "meta_col" BOOLEAN,
    "createdAt" INTEGER
);

-- CreateTable
CREATE TABLE "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "verified" TEXT NOT NULL DEFAULT 'x',
    "count" DATETIME
);

-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "count" TEXT,
    "createdAt" INTEGER NOT NULL DEFAULT 42,
    "balance" DATETIME,
    "rank" BLOB NOT NULL,
    "taskId" INTEGER
);

-- CreateTable
CREATE TABLE "Session" (
    "taskWithAVeryLongNameThatGoesOnAndOnForTruncationId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "taskId" INTEGER NOT NULL,

    PRIMARY KEY ("taskWithAVeryLongNameThatGoesOnAndOnForTruncationId", "userId")
);

-- CreateIndex
CREATE UNIQUE INDEX "NoteLink_slug_key" ON "NoteLink"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "notelink_amount2_uq" ON "NoteLink"("amount2");

-- CreateIndex
CREATE INDEX "ItemWithAVeryLongNameThatGoesOnAndOnForTruncation_createdAt_idx" ON "ItemWithAVeryLongNameThatGoesOnAndOnForTruncation"("createdAt");

-- CreateIndex
CREATE INDEX "itemwithaverylongnamethatgoesonandonfort_meta_1_ix" ON "ItemWithAVeryLongNameThatGoesOnAndOnForTruncation"("meta_col", "balance");

-- CreateIndex
CREATE UNIQUE INDEX "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation_verified_key" ON "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation"("verified");

-- CreateIndex
CREATE INDEX "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation_verified_idx" ON "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation"("verified" DESC);

-- CreateIndex
CREATE INDEX "User_taskId_idx" ON "User"("taskId");

-- CreateIndex
CREATE INDEX "User_count_taskId_idx" ON "User"("count", "taskId");

-- CreateIndex
CREATE INDEX "user_taskid_1_ix" ON "User"("taskId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_taskId_key" ON "Session"("taskId");
