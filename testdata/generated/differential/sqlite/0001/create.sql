-- CreateTable
CREATE TABLE "PriceItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "price" TEXT NOT NULL,
    "price2" DATETIME,
    "hash" REAL,
    "level" REAL NOT NULL,
    "kind" BLOB,
    "note" INTEGER NOT NULL DEFAULT 42
);

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "balance" BOOLEAN DEFAULT true,
    "data_col" TEXT NOT NULL DEFAULT 'it''s',
    "color" REAL NOT NULL
);

-- CreateTable
CREATE TABLE "roles" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "score" JSONB NOT NULL,
    "kind" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "avatar" BIGINT,
    "secret" DECIMAL NOT NULL,
    "data" DECIMAL NOT NULL DEFAULT 1.5
);

-- CreateTable
CREATE TABLE "FileEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "startsAt" DECIMAL,
    "weight" INTEGER,
    "raw" VARCHAR(10)
);

-- CreateTable
CREATE TABLE "RegionLink" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "score" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" INTEGER,
    "total" DECIMAL DEFAULT 1.5,
    "size_col" BOOLEAN NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Payment" (
    "fileEntryId" TEXT NOT NULL,
    "roleId" INTEGER NOT NULL,
    "assignedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("fileEntryId", "roleId"),
    CONSTRAINT "Payment_fileEntryId_fkey" FOREIGN KEY ("fileEntryId") REFERENCES "FileEntry" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Payment_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "roles" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Profile" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "publishedAt" BIGINT NOT NULL DEFAULT 0
);

-- CreateIndex
CREATE UNIQUE INDEX "priceitem_level_uq" ON "PriceItem"("level");

-- CreateIndex
CREATE INDEX "PriceItem_price_idx" ON "PriceItem"("price");

-- CreateIndex
CREATE INDEX "PriceItem_price_price2_idx" ON "PriceItem"("price" DESC, "price2");

-- CreateIndex
CREATE UNIQUE INDEX "Project_data_col_key" ON "Project"("data_col");

-- CreateIndex
CREATE UNIQUE INDEX "roles_handle_key" ON "roles"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "FileEntry_email_key" ON "FileEntry"("email");

-- CreateIndex
CREATE INDEX "FileEntry_email_idx" ON "FileEntry"("email");

-- CreateIndex
CREATE INDEX "FileEntry_weight_startsAt_idx" ON "FileEntry"("weight", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "fileentry_pair_key" ON "FileEntry"("weight", "email");

-- CreateIndex
CREATE UNIQUE INDEX "RegionLink_email_key" ON "RegionLink"("email");

-- CreateIndex
CREATE INDEX "RegionLink_status_idx" ON "RegionLink"("status");

-- CreateIndex
CREATE INDEX "regionlink_email_1_ix" ON "RegionLink"("email");
