-- CreateTable
CREATE TABLE "Address" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "isActive" INTEGER,
    "publishedAt" TEXT NOT NULL,
    "name" REAL NOT NULL,
    "email" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Ticket" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email_col" TEXT NOT NULL DEFAULT 'x',
    "body" BLOB NOT NULL,
    "endsAt" INTEGER NOT NULL,
    "raw" money,
    "updatedAt" DATETIME NOT NULL,
    "addresshandle_ref" TEXT
);

-- CreateIndex
CREATE UNIQUE INDEX "Address_handle_key" ON "Address"("handle");

-- CreateIndex
CREATE INDEX "Address_isActive_idx" ON "Address"("isActive");

-- CreateIndex
CREATE INDEX "address_name_1_ix" ON "Address"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_endsAt_key" ON "Ticket"("endsAt");

-- CreateIndex
CREATE INDEX "Ticket_addresshandle_ref_idx" ON "Ticket"("addresshandle_ref");

-- CreateIndex
CREATE INDEX "Ticket_email_col_idx" ON "Ticket"("email_col");

-- CreateIndex
CREATE INDEX "ticket_addresshandle_1_ix" ON "Ticket"("addresshandle_ref");
