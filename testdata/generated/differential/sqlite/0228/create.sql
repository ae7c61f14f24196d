-- CreateTable
CREATE TABLE "Address" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "publishedAt" DATETIME NOT NULL,
    "body" BLOB NOT NULL,
    "expiresAt" BLOB NOT NULL,
    "ratio" REAL DEFAULT -2.25,
    "body2" INTEGER NOT NULL DEFAULT 42,
    "total" DECIMAL NOT NULL DEFAULT 0,
    "invoiceId" TEXT NOT NULL,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Address_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Token" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "endsAt" INTEGER,
    "meta" INTEGER NOT NULL DEFAULT 0,
    "name" TEXT DEFAULT 'x',
    "version" INTEGER NOT NULL,
    "addressTenantId" TEXT,
    "addressNumber" INTEGER,
    "addressTenantId2" TEXT,
    "addressNumber2" INTEGER,
    CONSTRAINT "Token_addressTenantId_addressNumber_fkey" FOREIGN KEY ("addressTenantId", "addressNumber") REFERENCES "Address" ("tenantId", "number") ON DELETE NO ACTION ON UPDATE CASCADE,
    CONSTRAINT "Token_addressTenantId2_addressNumber2_fkey" FOREIGN KEY ("addressTenantId2", "addressNumber2") REFERENCES "Address" ("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OrderEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meta" REAL NOT NULL,
    "verified" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "verified" INTEGER NOT NULL DEFAULT -7
);

-- CreateTable
CREATE TABLE "Cart" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "position" BIGINT NOT NULL DEFAULT 1234567890123,
    "note" TEXT
);

-- CreateIndex
CREATE INDEX "Address_invoiceId_idx" ON "Address"("invoiceId");

-- CreateIndex
CREATE UNIQUE INDEX "Token_slug_key" ON "Token"("slug");

-- CreateIndex
CREATE INDEX "Token_addressNumber_version_idx" ON "Token"("addressNumber", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Token_addressTenantId2_addressNumber2_key" ON "Token"("addressTenantId2", "addressNumber2");

-- CreateIndex
CREATE INDEX "OrderEntry_verified_idx" ON "OrderEntry"("verified" DESC);

-- CreateIndex
CREATE INDEX "Invoice_verified_idx" ON "Invoice"("verified");

-- CreateIndex
CREATE INDEX "invoice_verified_1_ix" ON "Invoice"("verified");

-- CreateIndex
CREATE INDEX "Cart_position_idx" ON "Cart"("position" DESC);

-- CreateIndex
CREATE INDEX "Cart_note_position_idx" ON "Cart"("note", "position");
