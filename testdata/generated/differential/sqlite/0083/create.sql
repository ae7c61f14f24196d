-- CreateTable
CREATE TABLE "Review" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "avatar" TEXT NOT NULL,
    "rank" BOOLEAN,
    "postWithAVeryLongNameThatGoesOnAndOnForTruncationKind" TEXT NOT NULL DEFAULT 'draft'
);

-- CreateTable
CREATE TABLE "ProductWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "level" DATETIME
);

-- CreateTable
CREATE TABLE "Token" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "verified" DATETIME,
    "hash" DATETIME DEFAULT '2024-01-02 03:04:05 +00:00'
);

-- CreateTable
CREATE TABLE "Task" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "payload" INTEGER,
    "name" JSONB,
    "verified" BOOLEAN NOT NULL DEFAULT true,
    "raw" Int4,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "File" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meta" BIGINT DEFAULT 1234567890123,
    "hash_col" TEXT NOT NULL DEFAULT 'it''s',
    "payload" INTEGER,
    "amount" REAL,
    "count" INTEGER NOT NULL DEFAULT -7,
    "secret_col" DATETIME NOT NULL,
    "postWithAVeryLongNameThatGoesOnAndOnForTruncationKind" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "taskid_ref" INTEGER,
    CONSTRAINT "File_taskid_ref_fkey" FOREIGN KEY ("taskid_ref") REFERENCES "Task" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_FileToToken" (
    "A" INTEGER NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_FileToToken_A_fkey" FOREIGN KEY ("A") REFERENCES "File" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_FileToToken_B_fkey" FOREIGN KEY ("B") REFERENCES "Token" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Review_avatar_idx" ON "Review"("avatar" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "ProductWithAVeryLongNameThatGoesOnAndOnForTruncation_handle_key" ON "ProductWithAVeryLongNameThatGoesOnAndOnForTruncation"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "productwithaverylongnamethatgoesonandonf_level_uq" ON "ProductWithAVeryLongNameThatGoesOnAndOnForTruncation"("level");

-- CreateIndex
CREATE INDEX "ProductWithAVeryLongNameThatGoesOnAndOnForTruncation_handle_idx" ON "ProductWithAVeryLongNameThatGoesOnAndOnForTruncation"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Token_handle_key" ON "Token"("handle");

-- CreateIndex
CREATE INDEX "Token_verified_idx" ON "Token"("verified");

-- CreateIndex
CREATE INDEX "Task_verified_idx" ON "Task"("verified");

-- CreateIndex
CREATE UNIQUE INDEX "Task_verified_payload_key" ON "Task"("verified", "payload");

-- CreateIndex
CREATE UNIQUE INDEX "File_hash_col_key" ON "File"("hash_col");

-- CreateIndex
CREATE INDEX "File_taskid_ref_idx" ON "File"("taskid_ref");

-- CreateIndex
CREATE INDEX "File_amount_idx" ON "File"("amount");

-- CreateIndex
CREATE INDEX "file_taskid_1_ix" ON "File"("taskid_ref");

-- CreateIndex
CREATE UNIQUE INDEX "_FileToToken_AB_unique" ON "_FileToToken"("A", "B");

-- CreateIndex
CREATE INDEX "_FileToToken_B_index" ON "_FileToToken"("B");
