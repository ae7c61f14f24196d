-- CreateTable
CREATE TABLE "StoreLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1
);

-- CreateTable
CREATE TABLE "Log" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "rank" INTEGER,
    "amount" TEXT NOT NULL DEFAULT 'back\slash',
    "body" JSONB NOT NULL,
    "hash" BLOB NOT NULL,
    "size_col" REAL DEFAULT 1.5,
    "name" REAL NOT NULL,
    "logId" INTEGER,
    CONSTRAINT "Log_logId_fkey" FOREIGN KEY ("logId") REFERENCES "Log" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Event" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "color" INTEGER,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateIndex
CREATE UNIQUE INDEX "StoreLink_slug_key" ON "StoreLink"("slug");

-- CreateIndex
CREATE INDEX "StoreLink_version_idx" ON "StoreLink"("version");

-- CreateIndex
CREATE INDEX "storelink_version_1_ix" ON "StoreLink"("version" DESC);

-- CreateIndex
CREATE INDEX "Log_logId_idx" ON "Log"("logId");

-- CreateIndex
CREATE INDEX "Event_color_idx" ON "Event"("color");
