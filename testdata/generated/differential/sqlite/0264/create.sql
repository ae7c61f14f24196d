-- CreateTable
CREATE TABLE "comments" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "rank_col" REAL,
    "tagKind" TEXT
);

-- CreateTable
CREATE TABLE "File" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meta" REAL DEFAULT 0,
    "code" DECIMAL NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL,
    "endsAt" DECIMAL NOT NULL,
    "fileId" INTEGER,
    CONSTRAINT "File_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "File" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Order" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "price" INTEGER NOT NULL DEFAULT 1,
    "secret" TEXT NOT NULL,
    "avatar" INTEGER NOT NULL,
    "level" BLOB NOT NULL,
    "tagKind" TEXT NOT NULL,
    "fileId" INTEGER,
    "fileId2" INTEGER NOT NULL,
    "commentId" TEXT NOT NULL,
    CONSTRAINT "Order_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "File" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Order_fileId2_fkey" FOREIGN KEY ("fileId2") REFERENCES "File" ("id") ON DELETE SET DEFAULT ON UPDATE CASCADE,
    CONSTRAINT "Order_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "comments" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "comments_rank_col_tagKind_key" ON "comments"("rank_col", "tagKind");

-- CreateIndex
CREATE UNIQUE INDEX "File_updatedAt_key" ON "File"("updatedAt");

-- CreateIndex
CREATE INDEX "File_fileId_idx" ON "File"("fileId");

-- CreateIndex
CREATE INDEX "Order_price_idx" ON "Order"("price");

-- CreateIndex
CREATE INDEX "Order_commentId_idx" ON "Order"("commentId");
