-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "version" JSONB NOT NULL,
    "total" BIGINT NOT NULL,
    "payload" INTEGER NOT NULL,
    "hash" BOOLEAN NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "total" TEXT,
    "payload" INTEGER,
    "endsAt" BOOLEAN DEFAULT true,
    "position" BIGINT NOT NULL DEFAULT 0,
    "secret" BIGINT
);

-- CreateTable
CREATE TABLE "Item" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "score_col" BOOLEAN DEFAULT false,
    "note_col" DECIMAL NOT NULL,
    "version" REAL NOT NULL
);

-- CreateIndex
CREATE INDEX "Comment_payload_idx" ON "Comment"("payload");

-- CreateIndex
CREATE INDEX "User_position_idx" ON "User"("position");

-- CreateIndex
CREATE INDEX "User_total_idx" ON "User"("total");

-- CreateIndex
CREATE UNIQUE INDEX "user_pair_key" ON "User"("payload", "secret");
