-- CreateTable
CREATE TABLE "Tag" (
    "id" TEXT NOT NULL,
    "note" TEXT DEFAULT 'fixed'::text,
    "raw" box,

    CONSTRAINT "tag_primary" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Tag_note_key" ON "Tag"("note");

-- CreateIndex
CREATE INDEX "tag_note_0_ix" ON "Tag" USING HASH ("note");

-- CreateIndex
CREATE INDEX "Tag_note_idx" ON "Tag"("note");
