-- CreateTable
CREATE TABLE "channels" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "email" BOOLEAN NOT NULL,
    "data" DECIMAL NOT NULL DEFAULT 0,
    "title" TEXT,
    "balance" INTEGER,
    "version" DATETIME
);

-- CreateTable
CREATE TABLE "Note" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "slug" REAL,
    "position" TEXT NOT NULL,
    "note" JSONB
);

-- CreateTable
CREATE TABLE "Role" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "label" REAL NOT NULL DEFAULT -2.25,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "body" DATETIME,
    "startsAt" DATETIME DEFAULT '2024-01-02 03:04:05 +00:00',
    "note" DECIMAL,
    "noteid_ref" TEXT,
    "sessionId" TEXT,
    "noteId2" TEXT NOT NULL,
    CONSTRAINT "Session_noteid_ref_fkey" FOREIGN KEY ("noteid_ref") REFERENCES "Note" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Session_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Session_noteId2_fkey" FOREIGN KEY ("noteId2") REFERENCES "Note" ("id") ON DELETE SET DEFAULT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_ChannelToRole" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_ChannelToRole_A_fkey" FOREIGN KEY ("A") REFERENCES "channels" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_ChannelToRole_B_fkey" FOREIGN KEY ("B") REFERENCES "Role" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "channels_slug_key" ON "channels"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "channels_version_key" ON "channels"("version");

-- CreateIndex
CREATE INDEX "channel_balance_0_ix" ON "channels"("balance", "version");

-- CreateIndex
CREATE INDEX "channels_title_idx" ON "channels"("title");

-- CreateIndex
CREATE UNIQUE INDEX "Note_handle_key" ON "Note"("handle");

-- CreateIndex
CREATE INDEX "Note_position_idx" ON "Note"("position");

-- CreateIndex
CREATE INDEX "note_position_1_ix" ON "Note"("position");

-- CreateIndex
CREATE INDEX "Session_noteId2_idx" ON "Session"("noteId2");

-- CreateIndex
CREATE INDEX "Session_note_idx" ON "Session"("note");

-- CreateIndex
CREATE UNIQUE INDEX "_ChannelToRole_AB_unique" ON "_ChannelToRole"("A", "B");

-- CreateIndex
CREATE INDEX "_ChannelToRole_B_index" ON "_ChannelToRole"("B");
