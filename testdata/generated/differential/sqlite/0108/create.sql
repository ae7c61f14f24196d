-- CreateTable
CREATE TABLE "Channel" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "payload_col" TEXT NOT NULL DEFAULT '',
    "total" REAL NOT NULL DEFAULT 1.5,
    "note" REAL DEFAULT 0,
    "secret_col" TEXT NOT NULL DEFAULT 'hello'
);

-- CreateTable
CREATE TABLE "File" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "count" INTEGER NOT NULL,
    "body" BIGINT NOT NULL,
    "planKind" TEXT NOT NULL,
    "raw" NUMERIC,
    "postId" INTEGER NOT NULL,
    "channelId" INTEGER,
    CONSTRAINT "File_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "File_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Session" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "flags" BOOLEAN,
    "score" BOOLEAN NOT NULL,
    "position_col" INTEGER DEFAULT 42,
    "price" JSONB NOT NULL,
    "planKind" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Post" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "level" JSONB NOT NULL,
    "publishedAt" INTEGER DEFAULT -7,
    "verified" INTEGER NOT NULL DEFAULT 1,
    "version" BOOLEAN NOT NULL,
    "publishedAt2" REAL DEFAULT 0,
    "count" INTEGER NOT NULL DEFAULT 0,
    "channelId" INTEGER,
    "sessionId" INTEGER,
    CONSTRAINT "Post_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Post_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "rank" BIGINT NOT NULL DEFAULT 0
);

-- CreateIndex
CREATE UNIQUE INDEX "Channel_total_key" ON "Channel"("total");

-- CreateIndex
CREATE UNIQUE INDEX "File_planKind_key" ON "File"("planKind");

-- CreateIndex
CREATE INDEX "file_channelid_0_ix" ON "File"("channelId" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Session_email_key" ON "Session"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Session_flags_key" ON "Session"("flags");

-- CreateIndex
CREATE INDEX "session_score_0_ix" ON "Session"("score" DESC);

-- CreateIndex
CREATE INDEX "Session_email_score_idx" ON "Session"("email" DESC, "score");

-- CreateIndex
CREATE INDEX "Post_channelId_idx" ON "Post"("channelId");

-- CreateIndex
CREATE INDEX "Post_sessionId_idx" ON "Post"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "product_rank_uq" ON "Product"("rank");

-- CreateIndex
CREATE INDEX "Product_rank_idx" ON "Product"("rank");
