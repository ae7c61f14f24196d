-- CreateTable
CREATE TABLE "Ticket" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "status" REAL DEFAULT -2.25,
    "slug_col" BIGINT NOT NULL DEFAULT 0,
    "count" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" BLOB NOT NULL,
    "ticketHandle" TEXT,
    CONSTRAINT "Ticket_ticketHandle_fkey" FOREIGN KEY ("ticketHandle") REFERENCES "Ticket" ("handle") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "position" DECIMAL NOT NULL DEFAULT 0,
    "kind_col" INTEGER NOT NULL,
    "endsAt" INTEGER NOT NULL,
    "status" TEXT,
    "title_col" BIGINT NOT NULL,
    "avatar_col" TEXT NOT NULL,
    "raw" NUMERIC
);

-- CreateTable
CREATE TABLE "Product" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT
);

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_handle_key" ON "Ticket"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_ticketHandle_key" ON "Ticket"("ticketHandle");

-- CreateIndex
CREATE INDEX "Ticket_handle_ticketHandle_idx" ON "Ticket"("handle", "ticketHandle");

-- CreateIndex
CREATE UNIQUE INDEX "ticket_pair_key" ON "Ticket"("slug_col", "count");

-- CreateIndex
CREATE UNIQUE INDEX "product_name_uq" ON "Product"("name");

-- CreateIndex
CREATE INDEX "Product_name_idx" ON "Product"("name");

-- CreateIndex
CREATE INDEX "product_name_1_ix" ON "Product"("name");
