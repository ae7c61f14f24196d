-- CreateTable
CREATE TABLE "ProductEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" DATETIME,
    "url_col" REAL,
    "title" REAL NOT NULL,
    "kind" INTEGER NOT NULL,
    "slug" TEXT,
    "productEntryId" INTEGER,
    CONSTRAINT "ProductEntry_productEntryId_fkey" FOREIGN KEY ("productEntryId") REFERENCES "ProductEntry" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "total" REAL NOT NULL,
    "count" BIGINT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" INTEGER NOT NULL DEFAULT 42,
    "createdAt2" BIGINT NOT NULL,
    "updatedAt2" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Note" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "position_col" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "flags" DATETIME NOT NULL,
    "ratio" DECIMAL NOT NULL DEFAULT 0,
    "verified" BOOLEAN NOT NULL,
    "size" BIGINT
);

-- CreateTable
CREATE TABLE "_NoteToProductEntry" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_NoteToProductEntry_A_fkey" FOREIGN KEY ("A") REFERENCES "Note" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_NoteToProductEntry_B_fkey" FOREIGN KEY ("B") REFERENCES "ProductEntry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ProductEntry_title_key" ON "ProductEntry"("title");

-- CreateIndex
CREATE INDEX "ProductEntry_productEntryId_idx" ON "ProductEntry"("productEntryId");

-- CreateIndex
CREATE INDEX "productentry_title_0_ix" ON "ProductEntry"("title");

-- CreateIndex
CREATE INDEX "ProductEntry_kind_idx" ON "ProductEntry"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_email_key" ON "Plan"("email");

-- CreateIndex
CREATE INDEX "Plan_createdAt_idx" ON "Plan"("createdAt" DESC);

-- CreateIndex
CREATE INDEX "Plan_count_updatedAt_idx" ON "Plan"("count", "updatedAt");

-- CreateIndex
CREATE INDEX "Note_ratio_idx" ON "Note"("ratio");

-- CreateIndex
CREATE INDEX "Note_position_col_idx" ON "Note"("position_col");

-- CreateIndex
CREATE UNIQUE INDEX "_NoteToProductEntry_AB_unique" ON "_NoteToProductEntry"("A", "B");

-- CreateIndex
CREATE INDEX "_NoteToProductEntry_B_index" ON "_NoteToProductEntry"("B");
