-- CreateTable
CREATE TABLE "Folder" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "note" INTEGER,
    "raw" Int4,
    "updatedAt" DATETIME NOT NULL,
    "folderId" INTEGER,
    CONSTRAINT "Folder_folderId_fkey" FOREIGN KEY ("folderId") REFERENCES "Folder" ("id") ON DELETE NO ACTION ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "sessions" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" INTEGER
);

-- CreateTable
CREATE TABLE "Address" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "score" REAL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "name" INTEGER NOT NULL,
    "weight" DECIMAL NOT NULL,
    "raw" circle,
    "orderLinkId" TEXT NOT NULL,
    CONSTRAINT "Address_orderLinkId_fkey" FOREIGN KEY ("orderLinkId") REFERENCES "orderlinks" ("orderlink_id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Refund" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "label" REAL NOT NULL,
    "slug" BOOLEAN NOT NULL,
    "price" TEXT NOT NULL,
    "amount" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "title" BLOB
);

-- CreateTable
CREATE TABLE "orderlinks" (
    "orderlink_id" TEXT NOT NULL PRIMARY KEY,
    "total" TEXT DEFAULT 'back\slash'
);

-- CreateTable
CREATE TABLE "_FolderToRefund" (
    "A" INTEGER NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_FolderToRefund_A_fkey" FOREIGN KEY ("A") REFERENCES "Folder" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_FolderToRefund_B_fkey" FOREIGN KEY ("B") REFERENCES "Refund" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Folder_handle_key" ON "Folder"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "folder_note_uq" ON "Folder"("note");

-- CreateIndex
CREATE INDEX "folder_note_0_ix" ON "Folder"("note", "folderId");

-- CreateIndex
CREATE INDEX "Folder_note_handle_idx" ON "Folder"("note", "handle");

-- CreateIndex
CREATE UNIQUE INDEX "sessions_kind_key" ON "sessions"("kind");

-- CreateIndex
CREATE INDEX "sessions_kind_idx" ON "sessions"("kind");

-- CreateIndex
CREATE INDEX "session_kind_1_ix" ON "sessions"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_amount_label_key" ON "Refund"("amount", "label");

-- CreateIndex
CREATE UNIQUE INDEX "_FolderToRefund_AB_unique" ON "_FolderToRefund"("A", "B");

-- CreateIndex
CREATE INDEX "_FolderToRefund_B_index" ON "_FolderToRefund"("B");
