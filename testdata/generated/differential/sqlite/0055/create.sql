-- CreateTable
CREATE TABLE "TeamItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "avatar" TEXT,
    "expiresAt" DECIMAL NOT NULL,
    "secret_col" BIGINT,
    "body" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL,
    "regionKind" TEXT NOT NULL DEFAULT 'ARCHIVED'
);

-- CreateTable
CREATE TABLE "profiles" (
    "profile_id" TEXT NOT NULL PRIMARY KEY,
    "level_col" INTEGER DEFAULT 0,
    "balance" INTEGER NOT NULL,
    "code" JSONB NOT NULL,
    "secret" DECIMAL NOT NULL DEFAULT 2.25,
    "position" BLOB NOT NULL,
    "regionKind" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "DeviceHistory" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "publishedAt" TEXT,
    "count" REAL DEFAULT 1.5,
    "status" BOOLEAN,
    "amount" DECIMAL NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Address" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "title" DATETIME NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "version_col" TEXT NOT NULL,
    "regionKind" TEXT NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Message" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "weight" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "regionKind" TEXT
);

-- CreateIndex
CREATE UNIQUE INDEX "TeamItem_handle_key" ON "TeamItem"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "TeamItem_handle_version_key" ON "TeamItem"("handle", "version");

-- CreateIndex
CREATE UNIQUE INDEX "DeviceHistory_handle_key" ON "DeviceHistory"("handle");

-- CreateIndex
CREATE INDEX "devicehistory_count_0_ix" ON "DeviceHistory"("count");

-- CreateIndex
CREATE UNIQUE INDEX "devicehistory_pair_key" ON "DeviceHistory"("amount", "handle");

-- CreateIndex
CREATE UNIQUE INDEX "Address_handle_key" ON "Address"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Message_handle_key" ON "Message"("handle");

-- CreateIndex
CREATE INDEX "Message_handle_idx" ON "Message"("handle");
