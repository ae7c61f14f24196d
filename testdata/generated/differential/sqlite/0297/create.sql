-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "userHandle" TEXT,
    CONSTRAINT "User_userHandle_fkey" FOREIGN KEY ("userHandle") REFERENCES "User" ("handle") ON DELETE SET NULL ON UPDATE RESTRICT
);

-- CreateTable
CREATE TABLE "Profile" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "balance" DATETIME,
    "endsAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "profileId" INTEGER,
    CONSTRAINT "Profile_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "total" JSONB NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,
    "userId" INTEGER,
    "projectId" TEXT,
    CONSTRAINT "Project_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Project_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE RESTRICT
);

-- CreateIndex
CREATE UNIQUE INDEX "User_handle_key" ON "User"("handle");

-- CreateIndex
CREATE INDEX "User_userHandle_idx" ON "User"("userHandle");

-- CreateIndex
CREATE INDEX "Profile_endsAt_idx" ON "Profile"("endsAt");

-- CreateIndex
CREATE INDEX "Profile_profileId_idx" ON "Profile"("profileId");

-- CreateIndex
CREATE UNIQUE INDEX "Project_userId_key" ON "Project"("userId");

-- CreateIndex
CREATE INDEX "Project_count_idx" ON "Project"("count");
