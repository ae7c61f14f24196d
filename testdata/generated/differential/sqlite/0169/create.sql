-- CreateTable
CREATE TABLE "Task" (
    "task_id" TEXT NOT NULL PRIMARY KEY,
    "flags_col" BLOB,
    "label" TEXT NOT NULL DEFAULT 'it''s',
    "kind" BLOB,
    "score" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "commentId" INTEGER,
    CONSTRAINT "Task_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CouponWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" DATETIME NOT NULL,
    "level" REAL NOT NULL,
    "email" INTEGER NOT NULL,
    "name" BLOB NOT NULL,
    "name2" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "position" JSONB NOT NULL,
    "size" DATETIME NOT NULL,
    "note" REAL DEFAULT 0,
    "sessionLinkId" INTEGER NOT NULL,
    CONSTRAINT "Comment_sessionLinkId_fkey" FOREIGN KEY ("sessionLinkId") REFERENCES "SessionLink" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "size" REAL NOT NULL DEFAULT 0,
    "code" REAL NOT NULL,
    "secret" REAL NOT NULL,
    "createdAt" JSONB,
    "name_col" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "SessionLink" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "count" INTEGER,
    "amount" JSONB,
    "isActive" INTEGER NOT NULL DEFAULT 1,
    "cartKind" TEXT NOT NULL DEFAULT 'DONE'
);

-- CreateIndex
CREATE INDEX "Task_commentId_idx" ON "Task"("commentId");

-- CreateIndex
CREATE UNIQUE INDEX "Comment_sessionLinkId_key" ON "Comment"("sessionLinkId");

-- CreateIndex
CREATE INDEX "Comment_sessionLinkId_size_idx" ON "Comment"("sessionLinkId" DESC, "size");

-- CreateIndex
CREATE UNIQUE INDEX "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation_slug_key" ON "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation"("slug");

-- CreateIndex
CREATE INDEX "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation_secret_slug_idx" ON "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation"("secret", "slug");

-- CreateIndex
CREATE INDEX "SessionLink_isActive_idx" ON "SessionLink"("isActive");

-- CreateIndex
CREATE UNIQUE INDEX "SessionLink_cartKind_count_key" ON "SessionLink"("cartKind", "count");
