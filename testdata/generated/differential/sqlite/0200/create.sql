-- CreateTable
CREATE TABLE "File" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" INTEGER NOT NULL DEFAULT 42,
    "publishedAt" REAL NOT NULL,
    "count" DECIMAL NOT NULL DEFAULT 0,
    "channelKind" TEXT NOT NULL DEFAULT 'inactive_value',
    "raw" VARCHAR(10)
);

-- CreateTable
CREATE TABLE "items" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "url_col" DECIMAL,
    "data" BOOLEAN,
    "note" INTEGER DEFAULT 1,
    "ratio" TEXT,
    "note2" REAL,
    "channelKind" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Store_v2" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "balance" REAL DEFAULT -2.25,
    "price" BIGINT NOT NULL DEFAULT 1234567890123,
    "version" JSONB NOT NULL,
    "price2" BLOB,
    "updatedAt" REAL NOT NULL,
    "url" BLOB NOT NULL,
    "channelKind" TEXT DEFAULT 'ACTIVE'
);

-- CreateTable
CREATE TABLE "Task" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "updatedAt" BOOLEAN NOT NULL DEFAULT true,
    "note" BLOB NOT NULL,
    "status" INTEGER,
    "rank_col" TEXT DEFAULT 'back\slash',
    "kind" BLOB,
    "channelKind" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Rating_v2" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "startsat_col" JSONB NOT NULL,
    "code" BIGINT NOT NULL,
    "channelKind" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Post" (
    "rating_v2Id" TEXT NOT NULL,
    "store_v2Id" TEXT NOT NULL,
    "assignedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("rating_v2Id", "store_v2Id"),
    CONSTRAINT "Post_rating_v2Id_fkey" FOREIGN KEY ("rating_v2Id") REFERENCES "Rating_v2" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Post_store_v2Id_fkey" FOREIGN KEY ("store_v2Id") REFERENCES "Store_v2" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "File_publishedAt_channelKind_idx" ON "File"("publishedAt", "channelKind");

-- CreateIndex
CREATE INDEX "File_channelKind_idx" ON "File"("channelKind");

-- CreateIndex
CREATE UNIQUE INDEX "item_data_uq" ON "items"("data");

-- CreateIndex
CREATE UNIQUE INDEX "Store_v2_handle_key" ON "Store_v2"("handle");

-- CreateIndex
CREATE INDEX "Store_v2_channelKind_idx" ON "Store_v2"("channelKind");

-- CreateIndex
CREATE UNIQUE INDEX "Task_updatedAt_key" ON "Task"("updatedAt");

-- CreateIndex
CREATE INDEX "Task_status_idx" ON "Task"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Task_channelKind_status_key" ON "Task"("channelKind", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Rating_v2_channelKind_key" ON "Rating_v2"("channelKind");

-- CreateIndex
CREATE INDEX "rating_v2_channelkind_0_ix" ON "Rating_v2"("channelKind");
