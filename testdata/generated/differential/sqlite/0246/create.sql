-- CreateTable
CREATE TABLE "Category" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "hash_col" DATETIME,
    "price" INTEGER NOT NULL DEFAULT -7
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "flags" DATETIME NOT NULL,
    "size" INTEGER NOT NULL DEFAULT 42,
    "updatedAt" INTEGER NOT NULL,
    "eventId" TEXT,
    CONSTRAINT "Event_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Session" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "ratio" DATETIME,
    "url" BOOLEAN,
    "flags" TEXT
);

-- CreateTable
CREATE TABLE "Post" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "avatar" REAL NOT NULL,
    "level" BOOLEAN NOT NULL,
    "updatedAt" BIGINT NOT NULL DEFAULT 0,
    "updatedAt2" BOOLEAN NOT NULL,
    "verified" DECIMAL DEFAULT 2.25,
    "teamId" INTEGER,
    CONSTRAINT "Post_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "teams" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "teams" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "data" DECIMAL NOT NULL,
    "balance" TEXT,
    "eventId" TEXT,
    "sessionId" INTEGER,
    CONSTRAINT "teams_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "teams_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_CategoryToEvent" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_CategoryToEvent_A_fkey" FOREIGN KEY ("A") REFERENCES "Category" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_CategoryToEvent_B_fkey" FOREIGN KEY ("B") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Category_hash_col_idx" ON "Category"("hash_col" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");

-- CreateIndex
CREATE INDEX "Event_eventId_idx" ON "Event"("eventId");

-- CreateIndex
CREATE INDEX "Event_slug_idx" ON "Event"("slug");

-- CreateIndex
CREATE INDEX "Event_size_slug_idx" ON "Event"("size", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "Session_email_key" ON "Session"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Session_email_url_key" ON "Session"("email", "url");

-- CreateIndex
CREATE UNIQUE INDEX "Post_teamId_key" ON "Post"("teamId");

-- CreateIndex
CREATE INDEX "post_teamid_0_ix" ON "Post"("teamId" DESC);

-- CreateIndex
CREATE INDEX "teams_eventId_idx" ON "teams"("eventId");

-- CreateIndex
CREATE INDEX "teams_balance_idx" ON "teams"("balance" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "_CategoryToEvent_AB_unique" ON "_CategoryToEvent"("A", "B");

-- CreateIndex
CREATE INDEX "_CategoryToEvent_B_index" ON "_CategoryToEvent"("B");
