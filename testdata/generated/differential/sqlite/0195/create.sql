-- CreateTable
CREATE TABLE "CartLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" TEXT,
    "url" TEXT DEFAULT 'back\slash',
    "payload_col" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Product" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT,
    "count" BOOLEAN NOT NULL DEFAULT true,
    "weight" BOOLEAN DEFAULT true,
    "updatedAt" DATETIME NOT NULL,
    "ticketId" INTEGER,
    CONSTRAINT "Product_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Cart" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "version" BOOLEAN NOT NULL DEFAULT true,
    "hash" INTEGER NOT NULL DEFAULT 0,
    "color" DATETIME NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "meta" REAL DEFAULT -2.25,
    "score" BOOLEAN,
    "title" INTEGER,
    "productid_ref" INTEGER NOT NULL,
    "ticketid_ref" INTEGER,
    "cartLinkId" TEXT NOT NULL,
    CONSTRAINT "Cart_productid_ref_fkey" FOREIGN KEY ("productid_ref") REFERENCES "Product" ("id") ON DELETE RESTRICT ON UPDATE SET DEFAULT,
    CONSTRAINT "Cart_ticketid_ref_fkey" FOREIGN KEY ("ticketid_ref") REFERENCES "Ticket" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Cart_cartLinkId_fkey" FOREIGN KEY ("cartLinkId") REFERENCES "CartLink" ("id") ON DELETE NO ACTION ON UPDATE RESTRICT
);

-- CreateTable
CREATE TABLE "Ticket" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "updatedAt" DECIMAL NOT NULL DEFAULT 0,
    "hash" BLOB NOT NULL,
    "raw" Int4
);

-- CreateIndex
CREATE INDEX "CartLink_expiresAt_payload_col_idx" ON "CartLink"("expiresAt" DESC, "payload_col");

-- CreateIndex
CREATE UNIQUE INDEX "Product_slug_key" ON "Product"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Product_ticketId_key" ON "Product"("ticketId");

-- CreateIndex
CREATE UNIQUE INDEX "Cart_email_key" ON "Cart"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Cart_productid_ref_key" ON "Cart"("productid_ref");

-- CreateIndex
CREATE UNIQUE INDEX "Cart_cartLinkId_key" ON "Cart"("cartLinkId");

-- CreateIndex
CREATE INDEX "Cart_ticketid_ref_idx" ON "Cart"("ticketid_ref");

-- CreateIndex
CREATE INDEX "cart_ticketid_0_ix" ON "Cart"("ticketid_ref");

-- CreateIndex
CREATE INDEX "cart_hash_1_ix" ON "Cart"("hash", "ticketid_ref");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_slug_key" ON "Ticket"("slug");

-- CreateIndex
CREATE INDEX "Ticket_slug_updatedAt_idx" ON "Ticket"("slug", "updatedAt");

-- CreateIndex
CREATE INDEX "Ticket_slug_idx" ON "Ticket"("slug" DESC);
