-- CreateTable
CREATE TABLE "Team" (
    "team_id" TEXT NOT NULL PRIMARY KEY,
    "name" BIGINT NOT NULL,
    "teamId" TEXT,
    CONSTRAINT "Team_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("team_id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "UserWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" BIGINT NOT NULL DEFAULT 0,
    "price" INTEGER NOT NULL,
    "version2" TEXT,
    "startsAt" DATETIME DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "team_name_uq" ON "Team"("name");

-- CreateIndex
CREATE INDEX "Team_teamId_idx" ON "Team"("teamId");

-- CreateIndex
CREATE INDEX "team_teamid_0_ix" ON "Team"("teamId");

-- CreateIndex
CREATE INDEX "Team_name_idx" ON "Team"("name");
