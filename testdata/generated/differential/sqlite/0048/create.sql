-- CreateTable
CREATE TABLE "Channel" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" INTEGER NOT NULL,
    "weight" INTEGER,
    "total" BLOB NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "productId" TEXT,
    "memberId" INTEGER NOT NULL,
    CONSTRAINT "Channel_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product" ("id") ON DELETE SET NULL ON UPDATE SET DEFAULT,
    CONSTRAINT "Channel_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "members" ("id") ON DELETE CASCADE ON UPDATE SET DEFAULT
);

-- CreateTable
CREATE TABLE "Store" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "amount" BOOLEAN NOT NULL DEFAULT true,
    "note" INTEGER DEFAULT 1,
    "endsAt" INTEGER NOT NULL DEFAULT -7,
    "flags" TEXT NOT NULL,
    "level" INTEGER NOT NULL DEFAULT -7,
    "avatar" TEXT NOT NULL,
    "raw" VARCHAR(10)
);

-- CreateTable
CREATE TABLE "members" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "hash" TEXT,
    "email" REAL,
    "memberId" INTEGER,
    "productid_ref" TEXT,
    CONSTRAINT "members_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "members" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "members_productid_ref_fkey" FOREIGN KEY ("productid_ref") REFERENCES "Product" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Item" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "label" DATETIME NOT NULL,
    "position" BOOLEAN,
    "verified" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "hash" INTEGER NOT NULL,
    "url" BIGINT,
    "expiresAt" DECIMAL NOT NULL DEFAULT 2.25
);

-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "avatar" BOOLEAN,
    "balance" TEXT,
    "total" BIGINT,
    "endsAt" JSONB NOT NULL,
    "url" REAL NOT NULL DEFAULT -2.25,
    "version" REAL DEFAULT 0
);

-- CreateIndex
CREATE UNIQUE INDEX "Channel_productId_key" ON "Channel"("productId");

-- CreateIndex
CREATE UNIQUE INDEX "Channel_memberId_key" ON "Channel"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "Store_handle_key" ON "Store"("handle");

-- CreateIndex
CREATE INDEX "members_hash_idx" ON "members"("hash");

-- CreateIndex
CREATE UNIQUE INDEX "Item_handle_key" ON "Item"("handle");
