-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "balance" REAL NOT NULL,
    "publishedAt" INTEGER NOT NULL DEFAULT 1,
    "count_col" JSONB
);

-- CreateTable
CREATE TABLE "Team" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "note" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "price" INTEGER NOT NULL,
    "code" BOOLEAN NOT NULL,
    "secret" INTEGER DEFAULT 1,
    "startsAt" JSONB NOT NULL,
    "total" INTEGER NOT NULL DEFAULT 1,
    "teamId" TEXT,
    CONSTRAINT "Team_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "level" DATETIME
);

-- CreateTable
CREATE TABLE "_TeamToUser" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_TeamToUser_A_fkey" FOREIGN KEY ("A") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_TeamToUser_B_fkey" FOREIGN KEY ("B") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "User_publishedAt_key" ON "User"("publishedAt");

-- CreateIndex
CREATE INDEX "User_publishedAt_idx" ON "User"("publishedAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Team_slug_key" ON "Team"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Team_price_key" ON "Team"("price");

-- CreateIndex
CREATE INDEX "Team_teamId_idx" ON "Team"("teamId");

-- CreateIndex
CREATE INDEX "team_teamid_0_ix" ON "Team"("teamId");

-- CreateIndex
CREATE UNIQUE INDEX "_TeamToUser_AB_unique" ON "_TeamToUser"("A", "B");

-- CreateIndex
CREATE INDEX "_TeamToUser_B_index" ON "_TeamToUser"("B");
