-- CreateTable
CREATE TABLE "OrderLink" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "weight" REAL DEFAULT -2.25,
    "amount" BOOLEAN NOT NULL,
    "reviewKind" TEXT NOT NULL DEFAULT 'PENDING'
);

-- CreateTable
CREATE TABLE "Folder" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "price" TEXT,
    "balance" INTEGER,
    "reviewKind" TEXT NOT NULL DEFAULT 'DONE'
);

-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "avatar" TEXT,
    "url" TEXT,
    "score_col" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "hash" JSONB NOT NULL,
    "reviewKind" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "User" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "total" INTEGER NOT NULL DEFAULT -7,
    "email" INTEGER NOT NULL DEFAULT -7,
    "body" INTEGER NOT NULL,
    "createdAt" BOOLEAN NOT NULL DEFAULT true,
    "size" REAL NOT NULL DEFAULT 1.5,
    "productId" TEXT,

    PRIMARY KEY ("number", "tenantId")
);

-- CreateTable
CREATE TABLE "Address" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "avatar" INTEGER NOT NULL DEFAULT 0,
    "level" REAL,
    "version" BLOB,
    "updatedAt" DECIMAL NOT NULL DEFAULT 2.25,
    "status" REAL NOT NULL DEFAULT 1.5,
    "updatedAt2" DATETIME NOT NULL,
    "folderId" INTEGER
);

-- CreateTable
CREATE TABLE "Log" (
    "userNumber" INTEGER NOT NULL,
    "userTenantId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,

    PRIMARY KEY ("userNumber", "userTenantId", "productId")
);

-- CreateIndex
CREATE INDEX "OrderLink_reviewKind_idx" ON "OrderLink"("reviewKind");

-- CreateIndex
CREATE UNIQUE INDEX "Folder_reviewKind_price_key" ON "Folder"("reviewKind", "price");

-- CreateIndex
CREATE INDEX "Product_avatar_idx" ON "Product"("avatar" DESC);

-- CreateIndex
CREATE INDEX "Product_url_idx" ON "Product"("url");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_total_idx" ON "User"("total");

-- CreateIndex
CREATE INDEX "User_createdAt_idx" ON "User"("createdAt");

-- CreateIndex
CREATE INDEX "Address_folderId_idx" ON "Address"("folderId");

-- CreateIndex
CREATE INDEX "Address_level_idx" ON "Address"("level");

-- CreateIndex
CREATE INDEX "Address_status_idx" ON "Address"("status" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Address_level_status_key" ON "Address"("level", "status");
