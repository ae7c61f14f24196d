-- CreateTable
CREATE TABLE "Folder" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "folderId" TEXT,
    CONSTRAINT "Folder_folderId_fkey" FOREIGN KEY ("folderId") REFERENCES "Folder" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Item2" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "url" DATETIME DEFAULT '2024-01-02 03:04:05 +00:00',
    "code" DATETIME
);

-- CreateTable
CREATE TABLE "Task2" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "total" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "task2Id" INTEGER,
    CONSTRAINT "Task2_task2Id_fkey" FOREIGN KEY ("task2Id") REFERENCES "Task2" ("id") ON DELETE SET DEFAULT ON UPDATE RESTRICT
);

-- CreateTable
CREATE TABLE "Product" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ratio" DATETIME,
    "startsAt" BLOB NOT NULL,
    "folderId" TEXT,
    CONSTRAINT "Product_folderId_fkey" FOREIGN KEY ("folderId") REFERENCES "Folder" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Item" (
    "item2Id" TEXT NOT NULL,
    "productId" INTEGER NOT NULL,
    "assignedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("item2Id", "productId"),
    CONSTRAINT "Item_item2Id_fkey" FOREIGN KEY ("item2Id") REFERENCES "Item2" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Item_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_FolderToTask2" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_FolderToTask2_A_fkey" FOREIGN KEY ("A") REFERENCES "Folder" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_FolderToTask2_B_fkey" FOREIGN KEY ("B") REFERENCES "Task2" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Folder_folderId_key" ON "Folder"("folderId");

-- CreateIndex
CREATE INDEX "folder_name_0_ix" ON "Folder"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Item2_handle_key" ON "Item2"("handle");

-- CreateIndex
CREATE INDEX "Task2_task2Id_idx" ON "Task2"("task2Id");

-- CreateIndex
CREATE INDEX "task2_task2id_0_ix" ON "Task2"("task2Id");

-- CreateIndex
CREATE INDEX "task2_task2id_1_ix" ON "Task2"("task2Id");

-- CreateIndex
CREATE UNIQUE INDEX "Product_folderId_key" ON "Product"("folderId");

-- CreateIndex
CREATE UNIQUE INDEX "_FolderToTask2_AB_unique" ON "_FolderToTask2"("A", "B");

-- CreateIndex
CREATE INDEX "_FolderToTask2_B_index" ON "_FolderToTask2"("B");
