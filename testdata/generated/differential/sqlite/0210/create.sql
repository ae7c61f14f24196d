-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "rank" DECIMAL,
    "position" BLOB,
    "updatedAt" JSONB NOT NULL,
    "level" DATETIME,
    "title" DECIMAL NOT NULL DEFAULT 2.25,
    "raw" geometry,
    "updatedAt2" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "isActive" TEXT NOT NULL,
    "code" TEXT,
    "slug" BLOB NOT NULL,
    "avatar" INTEGER DEFAULT 42,
    "weight" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "accountId" TEXT NOT NULL,
    "userId" INTEGER,
    CONSTRAINT "User_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE SET DEFAULT,
    CONSTRAINT "User_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_accountId_idx" ON "User"("accountId");

-- CreateIndex
CREATE INDEX "User_isActive_idx" ON "User"("isActive");

-- CreateIndex
CREATE INDEX "User_weight_idx" ON "User"("weight" DESC);
