-- CreateTable
CREATE TABLE "Item" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "weight" TEXT NOT NULL,
    "title" INTEGER NOT NULL,
    "label" REAL NOT NULL DEFAULT -2.25,
    "meta_col" INTEGER NOT NULL DEFAULT -7,
    "rank" BIGINT NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Channel" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "flags" TEXT NOT NULL DEFAULT 'it''s',
    "count" BOOLEAN NOT NULL,
    "data" INTEGER NOT NULL,
    "color" TEXT NOT NULL,
    "ratio" TEXT NOT NULL DEFAULT 'x',
    "startsAt" INTEGER DEFAULT 42,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "comments" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "position_col" JSONB,
    "expiresAt" INTEGER DEFAULT -7,
    "weight" TEXT NOT NULL,
    "email" BLOB,
    "avatar" INTEGER DEFAULT -7
);

-- CreateTable
CREATE TABLE "Task" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "payload" BOOLEAN,
    "balance" BOOLEAN NOT NULL DEFAULT false,
    "secret" JSONB,
    "ratio" INTEGER DEFAULT 42,
    "score" JSONB,
    "score2" TEXT
);

-- CreateTable
CREATE TABLE "Rating" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "avatar" BLOB,
    "secret" DATETIME NOT NULL,
    "status" TEXT NOT NULL,
    "title" BOOLEAN DEFAULT true,
    "balance" TEXT,
    "color" DECIMAL NOT NULL,
    "itemTenantId" TEXT NOT NULL,
    "itemNumber" INTEGER NOT NULL,
    CONSTRAINT "Rating_itemTenantId_itemNumber_fkey" FOREIGN KEY ("itemTenantId", "itemNumber") REFERENCES "Item" ("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Item_rank_label_key" ON "Item"("rank", "label");

-- CreateIndex
CREATE UNIQUE INDEX "Channel_handle_key" ON "Channel"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Channel_startsAt_count_key" ON "Channel"("startsAt", "count");

-- CreateIndex
CREATE INDEX "Task_score2_idx" ON "Task"("score2");

-- CreateIndex
CREATE UNIQUE INDEX "task_pair_key" ON "Task"("ratio", "balance");

-- CreateIndex
CREATE UNIQUE INDEX "Rating_itemTenantId_itemNumber_key" ON "Rating"("itemTenantId", "itemNumber");
