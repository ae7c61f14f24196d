-- CreateTable
CREATE TABLE "Refund" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "secret" INTEGER NOT NULL,
    "verified" BIGINT DEFAULT 1234567890123,
    "verified2" BOOLEAN,
    "position" TEXT NOT NULL,
    "meta" REAL DEFAULT 1.5,
    "meta2" DATETIME NOT NULL,
    "raw" geometry
);

-- CreateTable
CREATE TABLE "teams" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "position" JSONB NOT NULL,
    "meta" BOOLEAN NOT NULL,
    "ticketId" TEXT,
    CONSTRAINT "teams_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Ticket" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "color" DECIMAL,
    "avatar" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "posts" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "level" TEXT NOT NULL DEFAULT 'x',
    "total" BLOB,
    "expiresAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" DATETIME NOT NULL,
    "level2" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Tag" (
    "teamId" INTEGER NOT NULL,
    "postId" INTEGER NOT NULL,

    PRIMARY KEY ("teamId", "postId"),
    CONSTRAINT "Tag_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "teams" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Tag_postId_fkey" FOREIGN KEY ("postId") REFERENCES "posts" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Refund_slug_key" ON "Refund"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_meta2_key" ON "Refund"("meta2");

-- CreateIndex
CREATE INDEX "Refund_meta2_idx" ON "Refund"("meta2" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "teams_handle_key" ON "teams"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "teams_ticketId_key" ON "teams"("ticketId");

-- CreateIndex
CREATE INDEX "Ticket_color_idx" ON "Ticket"("color");

-- CreateIndex
CREATE UNIQUE INDEX "posts_email_key" ON "posts"("email");

-- CreateIndex
CREATE INDEX "posts_level_email_idx" ON "posts"("level", "email");
