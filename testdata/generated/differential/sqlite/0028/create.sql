-- CreateTable
CREATE TABLE "Account" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" INTEGER,
    "updatedAt" REAL NOT NULL,
    "version" DECIMAL NOT NULL DEFAULT 1.5,
    "data" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" INTEGER NOT NULL,
    "title" BOOLEAN NOT NULL DEFAULT true,
    "taskWithAVeryLongNameThatGoesOnAndOnForTruncationKind" TEXT,
    "raw" DATE,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "weight" REAL NOT NULL DEFAULT -2.25,
    "balance" INTEGER,
    "taskWithAVeryLongNameThatGoesOnAndOnForTruncationKind" TEXT DEFAULT 'active_value'
);

-- CreateTable
CREATE TABLE "File" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "payload" BLOB,
    "total" DATETIME NOT NULL,
    "code_col" JSONB,
    "updatedAt" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "url" DATETIME NOT NULL,
    "amount" BIGINT NOT NULL DEFAULT 0,
    "taskWithAVeryLongNameThatGoesOnAndOnForTruncationKind" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "note" BOOLEAN,
    "code" BOOLEAN NOT NULL,
    "updatedAt" BOOLEAN DEFAULT false,
    "avatar" DATETIME,
    "fileId" INTEGER NOT NULL,
    CONSTRAINT "Payment_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "File" ("id") ON DELETE NO ACTION ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Account_version_idx" ON "Account"("version" DESC);

-- CreateIndex
CREATE INDEX "Account_updatedAt_idx" ON "Account"("updatedAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "event_pair_key" ON "Event"("taskWithAVeryLongNameThatGoesOnAndOnForTruncationKind", "balance");

-- CreateIndex
CREATE UNIQUE INDEX "File_updatedAt_key" ON "File"("updatedAt");

-- CreateIndex
CREATE INDEX "File_updatedAt_idx" ON "File"("updatedAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "File_url_total_key" ON "File"("url", "total");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_fileId_key" ON "Payment"("fileId");
