-- CreateTable
CREATE TABLE "devices" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" DECIMAL DEFAULT 2.25,
    "flags" REAL NOT NULL DEFAULT 0,
    "level" INTEGER NOT NULL DEFAULT 42
);

-- CreateTable
CREATE TABLE "Payment" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "balance" REAL,
    "url" BLOB NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Profile" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ratio_col" INTEGER DEFAULT 1,
    "amount" DATETIME DEFAULT '2024-01-02 03:04:05 +00:00',
    "balance" REAL NOT NULL DEFAULT 0,
    "note" DATETIME,
    "level" TEXT NOT NULL DEFAULT 'x'
);

-- CreateTable
CREATE TABLE "Tag" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "amount" BLOB NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateIndex
CREATE INDEX "devices_level_idx" ON "devices"("level");

-- CreateIndex
CREATE UNIQUE INDEX "Profile_balance_key" ON "Profile"("balance");
