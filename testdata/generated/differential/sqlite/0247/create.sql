-- CreateTable
CREATE TABLE "Price" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" INTEGER DEFAULT -7,
    "balance" JSONB NOT NULL,
    "isActive" TEXT NOT NULL,
    "body" DATETIME NOT NULL,
    "priceId" TEXT,
    CONSTRAINT "Price_priceId_fkey" FOREIGN KEY ("priceId") REFERENCES "Price" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Team" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "endsAt" INTEGER DEFAULT 0,
    "updatedAt" TEXT DEFAULT 'it''s',
    "avatar" BOOLEAN DEFAULT false,
    "label" DECIMAL NOT NULL DEFAULT 1.5,
    "updatedAt2" DATETIME NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Folder" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "position" BIGINT DEFAULT 1234567890123,
    "ratio" JSONB NOT NULL,
    "expiresAt" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "File" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "flags" BOOLEAN DEFAULT true,
    "balance" TEXT NOT NULL DEFAULT 'a "quoted" word',
    "code" BOOLEAN NOT NULL,
    "priceId" TEXT NOT NULL,
    CONSTRAINT "File_priceId_fkey" FOREIGN KEY ("priceId") REFERENCES "Price" ("id") ON DELETE RESTRICT ON UPDATE RESTRICT
);

-- CreateTable
CREATE TABLE "Log" (
    "priceId" TEXT NOT NULL,
    "fileId" INTEGER NOT NULL,
    "assignedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("priceId", "fileId"),
    CONSTRAINT "Log_priceId_fkey" FOREIGN KEY ("priceId") REFERENCES "Price" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Log_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "File" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_FileToFolder" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_FileToFolder_A_fkey" FOREIGN KEY ("A") REFERENCES "File" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_FileToFolder_B_fkey" FOREIGN KEY ("B") REFERENCES "Folder" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Price_isActive_key" ON "Price"("isActive");

-- CreateIndex
CREATE UNIQUE INDEX "Price_priceId_key" ON "Price"("priceId");

-- CreateIndex
CREATE INDEX "Price_body_isActive_idx" ON "Price"("body", "isActive");

-- CreateIndex
CREATE UNIQUE INDEX "Team_slug_key" ON "Team"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Team_slug_avatar_key" ON "Team"("slug", "avatar");

-- CreateIndex
CREATE UNIQUE INDEX "Folder_position_key" ON "Folder"("position");

-- CreateIndex
CREATE INDEX "folder_position_0_ix" ON "Folder"("position");

-- CreateIndex
CREATE UNIQUE INDEX "_FileToFolder_AB_unique" ON "_FileToFolder"("A", "B");

-- CreateIndex
CREATE INDEX "_FileToFolder_B_index" ON "_FileToFolder"("B");
