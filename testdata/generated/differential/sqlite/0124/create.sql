-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "total" BOOLEAN,
    "meta" REAL DEFAULT -2.25,
    "rank" REAL DEFAULT -2.25,
    "position" INTEGER,
    "weight" REAL NOT NULL
);

-- CreateTable
CREATE TABLE "Token" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "avatar" INTEGER,
    "payload" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "isActive" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "ratio" DATETIME,
    "total" INTEGER DEFAULT 42,
    "position" DECIMAL NOT NULL DEFAULT 2.25,
    "title" BLOB,
    "logKind" TEXT
);

-- CreateTable
CREATE TABLE "Cart" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "price" TEXT,
    "expiresAt" DATETIME DEFAULT '2024-01-02 03:04:05 +00:00',
    "expiresAt2" INTEGER NOT NULL,
    "createdAt" INTEGER DEFAULT 0,
    "label" BOOLEAN,
    "logKind" TEXT NOT NULL,
    "cartid_ref" INTEGER,
    CONSTRAINT "Cart_cartid_ref_fkey" FOREIGN KEY ("cartid_ref") REFERENCES "Cart" ("id") ON DELETE RESTRICT ON UPDATE RESTRICT
);

-- CreateTable
CREATE TABLE "Device" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "expiresAt" INTEGER NOT NULL DEFAULT 1,
    "publishedat_col" BIGINT NOT NULL DEFAULT 1234567890123,
    "hash" TEXT NOT NULL,
    "hash2" DECIMAL NOT NULL,
    "startsAt" JSONB NOT NULL,
    "logKind" TEXT NOT NULL,
    "deviceId" INTEGER,
    "cartId" INTEGER,
    CONSTRAINT "Device_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "Device" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Device_cartId_fkey" FOREIGN KEY ("cartId") REFERENCES "Cart" ("id") ON DELETE SET DEFAULT ON UPDATE SET DEFAULT
);

-- CreateIndex
CREATE UNIQUE INDEX "Product_slug_key" ON "Product"("slug");

-- CreateIndex
CREATE INDEX "Product_slug_total_idx" ON "Product"("slug", "total");

-- CreateIndex
CREATE UNIQUE INDEX "Product_meta_position_key" ON "Product"("meta", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Token_avatar_key" ON "Token"("avatar");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_slug_key" ON "Payment"("slug");

-- CreateIndex
CREATE INDEX "payment_logkind_0_ix" ON "Payment"("logKind");

-- CreateIndex
CREATE INDEX "Payment_total_ratio_idx" ON "Payment"("total", "ratio");

-- CreateIndex
CREATE INDEX "Cart_cartid_ref_idx" ON "Cart"("cartid_ref");

-- CreateIndex
CREATE INDEX "Device_deviceId_idx" ON "Device"("deviceId");
