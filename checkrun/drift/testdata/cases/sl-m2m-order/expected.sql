-- CreateTable
CREATE TABLE "Zebra" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT
);

-- CreateTable
CREATE TABLE "Apple" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT
);

-- CreateTable
CREATE TABLE "_AppleToZebra" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_AppleToZebra_A_fkey" FOREIGN KEY ("A") REFERENCES "Apple" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_AppleToZebra_B_fkey" FOREIGN KEY ("B") REFERENCES "Zebra" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_labels" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_labels_A_fkey" FOREIGN KEY ("A") REFERENCES "Tag" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_labels_B_fkey" FOREIGN KEY ("B") REFERENCES "Zebra" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "_AppleToZebra_AB_unique" ON "_AppleToZebra"("A", "B");

-- CreateIndex
CREATE INDEX "_AppleToZebra_B_index" ON "_AppleToZebra"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_labels_AB_unique" ON "_labels"("A", "B");

-- CreateIndex
CREATE INDEX "_labels_B_index" ON "_labels"("B");
