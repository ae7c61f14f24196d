-- CreateTable
CREATE TABLE "Item" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "weight" TEXT NOT NULL DEFAULT 'it''s',
    "total" DECIMAL NOT NULL,
    "note" TEXT,
    "label" INTEGER NOT NULL,
    "version" TEXT NOT NULL DEFAULT 'it''s',
    "secret" TEXT,
    "raw" money
);

-- CreateTable
CREATE TABLE "Ticket" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "secret" DATETIME NOT NULL,
    "slug" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "Device" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "score" DATETIME NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Token" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "balance" TEXT NOT NULL,
    "size" BIGINT,
    "ratio" BLOB,
    "startsAt" DECIMAL DEFAULT 1.5,
    "createdat_col" TEXT NOT NULL DEFAULT 'hello'
);

-- CreateIndex
CREATE UNIQUE INDEX "Item_slug_key" ON "Item"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Item_note_key" ON "Item"("note");

-- CreateIndex
CREATE UNIQUE INDEX "Item_note_slug_key" ON "Item"("note", "slug");

-- CreateIndex
CREATE INDEX "Ticket_slug_idx" ON "Ticket"("slug");

-- CreateIndex
CREATE INDEX "Ticket_secret_idx" ON "Ticket"("secret");

-- CreateIndex
CREATE UNIQUE INDEX "Device_slug_key" ON "Device"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Token_slug_key" ON "Token"("slug");

-- CreateIndex
CREATE INDEX "Token_startsAt_createdat_col_idx" ON "Token"("startsAt", "createdat_col");

-- CreateIndex
CREATE INDEX "Token_balance_idx" ON "Token"("balance");

-- CreateIndex
CREATE UNIQUE INDEX "Token_balance_slug_key" ON "Token"("balance", "slug");
