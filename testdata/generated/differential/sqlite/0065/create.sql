-- CreateTable
CREATE TABLE "StoreWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "createdat_col" DATETIME,
    "level" BOOLEAN,
    "kind" BLOB,
    "verified" BLOB
);

-- CreateTable
CREATE TABLE "Project_v2" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "startsAt" REAL,
    "kind_col" BLOB,
    "status" TEXT NOT NULL DEFAULT '',
    "flags" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "email" DECIMAL DEFAULT 2.25
);

-- CreateTable
CREATE TABLE "devicelinks" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "secret" JSONB NOT NULL,
    "startsAt" INTEGER NOT NULL,
    "color" DATETIME NOT NULL,
    "secret2" INTEGER DEFAULT 42,
    "count" TEXT,
    "hash" BIGINT NOT NULL DEFAULT 0
);

-- CreateIndex
CREATE UNIQUE INDEX "StoreWithAVeryLongNameThatGoesOnAndOnForTruncation_email_key" ON "StoreWithAVeryLongNameThatGoesOnAndOnForTruncation"("email");

-- CreateIndex
CREATE INDEX "StoreWithAVeryLongNameThatGoesOnAndOnForTruncation_level_idx" ON "StoreWithAVeryLongNameThatGoesOnAndOnForTruncation"("level");

-- CreateIndex
CREATE UNIQUE INDEX "devicelinks_count_key" ON "devicelinks"("count");

-- CreateIndex
CREATE INDEX "devicelinks_startsAt_idx" ON "devicelinks"("startsAt");

-- CreateIndex
CREATE INDEX "devicelinks_hash_idx" ON "devicelinks"("hash" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "devicelinks_startsAt_count_key" ON "devicelinks"("startsAt", "count");
