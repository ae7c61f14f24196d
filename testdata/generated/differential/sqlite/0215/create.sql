-- CreateTable
CREATE TABLE "notes" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "status" DATETIME DEFAULT '2024-01-02 03:04:05 +00:00',
    "slug" INTEGER NOT NULL,
    "score" BOOLEAN NOT NULL DEFAULT true
);

-- CreateTable
CREATE TABLE "Price" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" INTEGER NOT NULL,
    "name" JSONB NOT NULL,
    "total_col" DATETIME NOT NULL,
    "raw" DATE
);

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "isActive" INTEGER,
    "size_col" INTEGER DEFAULT 42,
    "noteId" TEXT,
    CONSTRAINT "Review_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "notes" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Folder" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "position" TEXT,
    "balance" REAL NOT NULL DEFAULT 1.5,
    "secret" TEXT DEFAULT 'a "quoted" word',
    "createdAt" DATETIME,
    "price" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Invoice" (
    "folderId" TEXT NOT NULL,
    "noteId" TEXT NOT NULL,
    "assignedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("folderId", "noteId"),
    CONSTRAINT "Invoice_folderId_fkey" FOREIGN KEY ("folderId") REFERENCES "Folder" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Invoice_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "notes" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Log" (
    "reviewId" TEXT NOT NULL,
    "priceId" INTEGER NOT NULL,

    PRIMARY KEY ("reviewId", "priceId"),
    CONSTRAINT "Log_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Log_priceId_fkey" FOREIGN KEY ("priceId") REFERENCES "Price" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "note_status_uq" ON "notes"("status");

-- CreateIndex
CREATE INDEX "Price_slug_total_col_idx" ON "Price"("slug" DESC, "total_col");

-- CreateIndex
CREATE INDEX "folder_secret_0_ix" ON "Folder"("secret");

-- CreateIndex
CREATE INDEX "Folder_price_idx" ON "Folder"("price");

-- CreateIndex
CREATE UNIQUE INDEX "folder_pair_key" ON "Folder"("balance", "createdAt");
