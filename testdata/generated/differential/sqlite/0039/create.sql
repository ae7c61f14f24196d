-- CreateTable
CREATE TABLE "Item" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title_col" REAL,
    "amount" TEXT NOT NULL DEFAULT 'back\slash',
    "isActive" INTEGER NOT NULL,
    "eventId" TEXT NOT NULL,
    CONSTRAINT "Item_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE RESTRICT ON UPDATE RESTRICT
);

-- CreateTable
CREATE TABLE "Category" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "price" INTEGER DEFAULT 1,
    "slug" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "score" BLOB NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "itemId" TEXT NOT NULL,
    CONSTRAINT "Category_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Account" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "data" TEXT NOT NULL,
    "url" TEXT DEFAULT 'x',
    "flags" BOOLEAN,
    "avatar_col" INTEGER,
    "score" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "level" BIGINT NOT NULL,
    "raw" VARCHAR(10),
    "itemId" TEXT NOT NULL,
    CONSTRAINT "Account_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "balance" DATETIME NOT NULL,
    "amount" INTEGER NOT NULL,
    "refundKind" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "total" BLOB NOT NULL,
    "verified" JSONB NOT NULL,
    "status" TEXT NOT NULL,
    "publishedAt" DATETIME,
    "endsAt" REAL DEFAULT 1.5,
    "hash" BOOLEAN
);

-- CreateTable
CREATE TABLE "Folder2" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "count" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "_EventToItem" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_EventToItem_A_fkey" FOREIGN KEY ("A") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_EventToItem_B_fkey" FOREIGN KEY ("B") REFERENCES "Item" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Item_eventId_key" ON "Item"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "Category_itemId_key" ON "Category"("itemId");

-- CreateIndex
CREATE INDEX "category_price_0_ix" ON "Category"("price" DESC, "slug");

-- CreateIndex
CREATE INDEX "Category_slug_idx" ON "Category"("slug");

-- CreateIndex
CREATE INDEX "Account_data_idx" ON "Account"("data" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "plan_pair_key" ON "Plan"("publishedAt", "endsAt");

-- CreateIndex
CREATE INDEX "Folder2_count_idx" ON "Folder2"("count" DESC);

-- CreateIndex
CREATE INDEX "folder2_count_1_ix" ON "Folder2"("count");

-- CreateIndex
CREATE UNIQUE INDEX "_EventToItem_AB_unique" ON "_EventToItem"("A", "B");

-- CreateIndex
CREATE INDEX "_EventToItem_B_index" ON "_EventToItem"("B");
