-- CreateTable
CREATE TABLE "Device" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "data" DATETIME,
    "slug" DATETIME NOT NULL,
    "expiresAt" TEXT NOT NULL DEFAULT 'it''s',
    "title" BIGINT DEFAULT 0,
    "total" BIGINT NOT NULL DEFAULT 1234567890123,
    "createdAt" TEXT,
    "accountId" TEXT NOT NULL,
    "accountEmail" TEXT,

    PRIMARY KEY ("number", "tenantId"),
    CONSTRAINT "Device_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Device_accountEmail_fkey" FOREIGN KEY ("accountEmail") REFERENCES "Account" ("email") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "score" TEXT,
    "sessionId" TEXT,
    CONSTRAINT "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "code" DATETIME,
    "version" DATETIME,
    "publishedAt" TEXT NOT NULL DEFAULT 'hello',
    "data" INTEGER,
    "position_col" BIGINT NOT NULL,
    "status" INTEGER NOT NULL DEFAULT -7,
    "updatedAt" DATETIME NOT NULL,
    "accountEmail" TEXT,
    CONSTRAINT "Account_accountEmail_fkey" FOREIGN KEY ("accountEmail") REFERENCES "Account" ("email") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateIndex
CREATE UNIQUE INDEX "Device_email_key" ON "Device"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Device_accountId_key" ON "Device"("accountId");

-- CreateIndex
CREATE UNIQUE INDEX "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation_score_key" ON "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation"("score");

-- CreateIndex
CREATE UNIQUE INDEX "Account_email_key" ON "Account"("email");

-- CreateIndex
CREATE INDEX "Account_email_idx" ON "Account"("email" DESC);
