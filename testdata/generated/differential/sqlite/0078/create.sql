-- CreateTable
CREATE TABLE "Member" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "price" DATETIME NOT NULL,
    "data" BOOLEAN DEFAULT true,
    "data2" TEXT NOT NULL,
    "channelId" INTEGER NOT NULL,
    CONSTRAINT "Member_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "channels" ("id") ON DELETE SET DEFAULT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Token" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "total" JSONB NOT NULL,
    "label" REAL NOT NULL DEFAULT 1.5,
    "updatedAt" DATETIME NOT NULL,
    "body_col" BOOLEAN NOT NULL,
    "label2" BIGINT NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "Product" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "isActive" DATETIME DEFAULT '2024-01-02 03:04:05 +00:00',
    "hash" TEXT,
    "updatedat_col" DATETIME
);

-- CreateTable
CREATE TABLE "channels" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "startsAt" INTEGER DEFAULT -7,
    "count" INTEGER NOT NULL,
    "url" JSONB,
    "total" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Session" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" INTEGER DEFAULT -7,
    "rank" REAL DEFAULT 1.5,
    "url" TEXT DEFAULT '',
    "url2" TEXT DEFAULT 'back\slash',
    "label" TEXT NOT NULL DEFAULT 'hello',
    "slug" BIGINT NOT NULL,
    "raw" DATE
);

-- CreateTable
CREATE TABLE "Category" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug_col" TEXT
);

-- CreateIndex
CREATE INDEX "Member_data_price_idx" ON "Member"("data" DESC, "price");

-- CreateIndex
CREATE UNIQUE INDEX "Token_updatedAt_key" ON "Token"("updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Product_updatedat_col_key" ON "Product"("updatedat_col");

-- CreateIndex
CREATE UNIQUE INDEX "product_pair_key" ON "Product"("hash", "updatedat_col");

-- CreateIndex
CREATE INDEX "channel_total_0_ix" ON "channels"("total" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "session_name_uq" ON "Session"("name");

-- CreateIndex
CREATE INDEX "Session_url_idx" ON "Session"("url");

-- CreateIndex
CREATE UNIQUE INDEX "Category_slug_col_key" ON "Category"("slug_col");
