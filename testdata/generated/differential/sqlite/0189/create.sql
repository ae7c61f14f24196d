-- CreateTable
CREATE TABLE "Profile" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "note" TEXT,
    "flags" JSONB NOT NULL,
    "count" BLOB NOT NULL,
    "ticketId" TEXT NOT NULL,
    "profileId" INTEGER,
    CONSTRAINT "Profile_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "tickets" ("id") ON DELETE NO ACTION ON UPDATE CASCADE,
    CONSTRAINT "Profile_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "tickets" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "status" INTEGER NOT NULL DEFAULT 0,
    "balance" DECIMAL DEFAULT 1.5,
    "count" BIGINT,
    "level" INTEGER,
    "data" REAL NOT NULL DEFAULT 0,
    "size" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "raw" DATE
);

-- CreateTable
CREATE TABLE "_TicketToProfile749" (
    "A" INTEGER NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_TicketToProfile749_A_fkey" FOREIGN KEY ("A") REFERENCES "Profile" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_TicketToProfile749_B_fkey" FOREIGN KEY ("B") REFERENCES "tickets" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Profile_ticketId_idx" ON "Profile"("ticketId");

-- CreateIndex
CREATE INDEX "Profile_note_idx" ON "Profile"("note" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "tickets_email_key" ON "tickets"("email");

-- CreateIndex
CREATE UNIQUE INDEX "tickets_size_level_key" ON "tickets"("size", "level");

-- CreateIndex
CREATE UNIQUE INDEX "_TicketToProfile749_AB_unique" ON "_TicketToProfile749"("A", "B");

-- CreateIndex
CREATE INDEX "_TicketToProfile749_B_index" ON "_TicketToProfile749"("B");
