-- CreateEnum
CREATE TYPE "FileEntryKind" AS ENUM ('DONE');

-- CreateEnum
CREATE TYPE "ProfileWithAVeryLongNameThatGoesOnAndOnForTruncationKind" AS ENUM ('draft_value', 'LOW', 'published_value', 'ARCHIVED');

-- CreateTable
CREATE TABLE "Note" (
    "id" SERIAL NOT NULL,
    "status_col" INTEGER NOT NULL,
    "kind" BIT(8),
    "flags" TIMESTAMP(3) DEFAULT now(),
    "fileEntryKind" "FileEntryKind" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment" (
    "id" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "fileEntryKind" "FileEntryKind"[] DEFAULT ARRAY['DONE']::"FileEntryKind"[],
    "noteId" INTEGER,

    CONSTRAINT "shipment_primary" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_NoteToShipment272" (
    "A" INTEGER NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_NoteToShipment272_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "Note_flags_idx" ON "Note"("flags");

-- CreateIndex
CREATE INDEX "Note_status_col_idx" ON "Note"("status_col");

-- CreateIndex
CREATE UNIQUE INDEX "note_pair_key" ON "Note"("fileEntryKind", "flags");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_noteId_key" ON "Shipment"("noteId");

-- CreateIndex
CREATE INDEX "shipment_noteid_0_ix" ON "Shipment"("noteId", "payload");

-- CreateIndex
CREATE INDEX "shipment_noteid_1_ix" ON "Shipment"("noteId" DESC);

-- CreateIndex
CREATE INDEX "_NoteToShipment272_B_index" ON "_NoteToShipment272"("B");

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "Note"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_NoteToShipment272" ADD CONSTRAINT "_NoteToShipment272_A_fkey" FOREIGN KEY ("A") REFERENCES "Note"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_NoteToShipment272" ADD CONSTRAINT "_NoteToShipment272_B_fkey" FOREIGN KEY ("B") REFERENCES "Shipment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
