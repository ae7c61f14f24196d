-- CreateTable
CREATE TABLE "Session" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" BOOLEAN NOT NULL,
    "raw" VARCHAR(10)
);

-- CreateTable
CREATE TABLE "ShipmentWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "amount" REAL NOT NULL,
    "status" BOOLEAN,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" DATETIME NOT NULL,
    "total" BOOLEAN NOT NULL,
    "level_col" INTEGER NOT NULL,
    "createdAt" BIGINT,
    "status" JSONB NOT NULL,
    "createdAt2" DATETIME DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "NoteHistory" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meta" TEXT,
    "color" TEXT NOT NULL,
    "size" TEXT,
    "noteHistoryId" INTEGER,
    CONSTRAINT "NoteHistory_noteHistoryId_fkey" FOREIGN KEY ("noteHistoryId") REFERENCES "NoteHistory" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "title" DECIMAL NOT NULL,
    "version" BIGINT NOT NULL,
    "balance" BLOB,
    "level_col" BOOLEAN NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "NoteHistory_meta_key" ON "NoteHistory"("meta");

-- CreateIndex
CREATE INDEX "NoteHistory_noteHistoryId_idx" ON "NoteHistory"("noteHistoryId");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_email_key" ON "Payment"("email");

-- CreateIndex
CREATE INDEX "Payment_version_title_idx" ON "Payment"("version", "title");
