-- CreateTable
CREATE TABLE "TeamWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "balance" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "secret" BLOB,
    "title" DATETIME DEFAULT '2024-01-02 03:04:05 +00:00',
    "label" TEXT DEFAULT 'a "quoted" word',
    "label2" BLOB,
    "payload" DATETIME
);

-- CreateTable
CREATE TABLE "Comment" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "secret" TEXT NOT NULL DEFAULT '',
    "startsAt" DATETIME DEFAULT '2024-01-02 03:04:05 +00:00',
    "isActive" TEXT NOT NULL,
    "name" JSONB,
    "payload" BLOB NOT NULL,
    "raw" money,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "items" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "publishedAt" REAL DEFAULT 0,
    "createdAt" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "isActive" DECIMAL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Rating2" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "name" DATETIME,
    "slug" JSONB NOT NULL,
    "level_col" DATETIME NOT NULL,
    "score" DECIMAL,
    "rank" INTEGER,
    "payload" REAL,

    PRIMARY KEY ("number", "tenantId")
);

-- CreateIndex
CREATE INDEX "teamwithaverylongnamethatgoesonandonfort_payload_0_ix" ON "TeamWithAVeryLongNameThatGoesOnAndOnForTruncation"("payload");

-- CreateIndex
CREATE UNIQUE INDEX "Comment_handle_key" ON "Comment"("handle");

-- CreateIndex
CREATE INDEX "Comment_handle_idx" ON "Comment"("handle");

-- CreateIndex
CREATE INDEX "comment_handle_1_ix" ON "Comment"("handle");
