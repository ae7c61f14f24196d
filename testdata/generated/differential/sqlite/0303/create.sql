-- CreateTable
CREATE TABLE "File" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "status" BLOB NOT NULL,
    "meta" INTEGER NOT NULL,
    "isActive" BOOLEAN NOT NULL,
    "expiresAt" INTEGER,
    "ratio" INTEGER DEFAULT -7,
    "score" REAL NOT NULL DEFAULT -2.25,
    "eventId" TEXT NOT NULL,
    CONSTRAINT "File_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("event_id") ON DELETE SET DEFAULT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "total_col" BOOLEAN NOT NULL,
    "rank" DECIMAL NOT NULL DEFAULT 1.5,
    "ratio" JSONB,
    "eventId" TEXT,
    CONSTRAINT "Invoice_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("event_id") ON DELETE SET NULL ON UPDATE SET NULL
);

-- CreateTable
CREATE TABLE "Event" (
    "event_id" TEXT NOT NULL PRIMARY KEY,
    "price" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" REAL DEFAULT -2.25,
    "level_col" DECIMAL NOT NULL,
    "fileId" INTEGER NOT NULL,
    CONSTRAINT "Event_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "File" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "File_ratio_idx" ON "File"("ratio" DESC);

-- CreateIndex
CREATE INDEX "File_eventId_idx" ON "File"("eventId" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_handle_key" ON "Invoice"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_eventId_key" ON "Invoice"("eventId");

-- CreateIndex
CREATE INDEX "event_note_0_ix" ON "Event"("note" DESC);

-- CreateIndex
CREATE INDEX "Event_price_idx" ON "Event"("price" DESC);
