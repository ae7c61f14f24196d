-- CreateTable
CREATE TABLE "items" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "isActive" JSONB NOT NULL,
    "label" DATETIME,
    "note_col" DECIMAL NOT NULL,
    "balance" BLOB,
    "slug" BOOLEAN NOT NULL DEFAULT false,
    "raw" VARCHAR(10),
    "messageId" INTEGER NOT NULL,
    CONSTRAINT "items_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message" ("id") ON DELETE SET DEFAULT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Review2" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "level" TEXT NOT NULL,
    "label" TEXT,
    "endsAt" TEXT DEFAULT 'back\slash',
    "title" DATETIME DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Message" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "level_col" DECIMAL NOT NULL,
    "review2Id" INTEGER NOT NULL,
    CONSTRAINT "Message_review2Id_fkey" FOREIGN KEY ("review2Id") REFERENCES "Review2" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION
);

-- CreateIndex
CREATE INDEX "items_messageId_idx" ON "items"("messageId");

-- CreateIndex
CREATE INDEX "items_label_idx" ON "items"("label" DESC);

-- CreateIndex
CREATE INDEX "item_label_1_ix" ON "items"("label");

-- CreateIndex
CREATE UNIQUE INDEX "Review2_level_key" ON "Review2"("level");

-- CreateIndex
CREATE INDEX "review2_endsat_0_ix" ON "Review2"("endsAt");

-- CreateIndex
CREATE INDEX "Review2_endsAt_idx" ON "Review2"("endsAt");

-- CreateIndex
CREATE UNIQUE INDEX "review2_pair_key" ON "Review2"("endsAt", "level");

-- CreateIndex
CREATE UNIQUE INDEX "Message_handle_key" ON "Message"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Message_review2Id_key" ON "Message"("review2Id");
