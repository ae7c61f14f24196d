-- CreateTable
CREATE TABLE "Zebra" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Zebra_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Apple" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Apple_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_AppleToZebra" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_AppleToZebra_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_labels" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_labels_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "_AppleToZebra_B_index" ON "_AppleToZebra"("B");

-- CreateIndex
CREATE INDEX "_labels_B_index" ON "_labels"("B");

-- AddForeignKey
ALTER TABLE "_AppleToZebra" ADD CONSTRAINT "_AppleToZebra_A_fkey" FOREIGN KEY ("A") REFERENCES "Apple"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AppleToZebra" ADD CONSTRAINT "_AppleToZebra_B_fkey" FOREIGN KEY ("B") REFERENCES "Zebra"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_labels" ADD CONSTRAINT "_labels_A_fkey" FOREIGN KEY ("A") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_labels" ADD CONSTRAINT "_labels_B_fkey" FOREIGN KEY ("B") REFERENCES "Zebra"("id") ON DELETE CASCADE ON UPDATE CASCADE;
