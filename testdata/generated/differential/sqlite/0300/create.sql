-- CreateTable
CREATE TABLE "Price" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "endsAt" INTEGER NOT NULL DEFAULT 0,
    "slug" DATETIME NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Item" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "avatar" TEXT NOT NULL DEFAULT 'back\slash',
    "note" TEXT,
    "isActive" DECIMAL,
    "code" BIGINT DEFAULT 1234567890123,
    "publishedAt" BLOB NOT NULL
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "body" TEXT NOT NULL DEFAULT '',
    "secret" BOOLEAN NOT NULL DEFAULT true,
    "version" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "createdAt" BOOLEAN,
    "level_col" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "users" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "price" TEXT NOT NULL DEFAULT 'a "quoted" word',
    "raw" circle,
    "priceId" INTEGER,
    "invoiceId" INTEGER
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" INTEGER DEFAULT 0
);

-- CreateIndex
CREATE INDEX "Price_endsAt_slug_idx" ON "Price"("endsAt" DESC, "slug");

-- CreateIndex
CREATE UNIQUE INDEX "Item_isActive_key" ON "Item"("isActive");

-- CreateIndex
CREATE INDEX "Item_note_idx" ON "Item"("note");

-- CreateIndex
CREATE UNIQUE INDEX "Item_code_avatar_key" ON "Item"("code", "avatar");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_createdAt_key" ON "Invoice"("createdAt");

-- CreateIndex
CREATE INDEX "invoice_level_0_ix" ON "Invoice"("level_col");

-- CreateIndex
CREATE INDEX "users_priceId_idx" ON "users"("priceId");

-- CreateIndex
CREATE INDEX "users_invoiceId_idx" ON "users"("invoiceId");

-- CreateIndex
CREATE INDEX "user_priceid_0_ix" ON "users"("priceId");

-- CreateIndex
CREATE INDEX "users_price_priceId_idx" ON "users"("price", "priceId");

-- CreateIndex
CREATE INDEX "plan_createdat_0_ix" ON "Plan"("createdAt");
