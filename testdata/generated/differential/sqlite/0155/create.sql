-- CreateTable
CREATE TABLE "Event" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "data" DATETIME DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "StoreItem" (
    "storeitem_id" TEXT NOT NULL PRIMARY KEY,
    "kind" DECIMAL,
    "updatedAt" DATETIME NOT NULL,
    "storeSlug" TEXT,
    CONSTRAINT "StoreItem_storeSlug_fkey" FOREIGN KEY ("storeSlug") REFERENCES "Store" ("slug") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Store" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "flags" BIGINT,
    "roleId" TEXT,
    "folderTenantId" TEXT,
    "folderNumber" INTEGER,
    CONSTRAINT "Store_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Store_folderTenantId_folderNumber_fkey" FOREIGN KEY ("folderTenantId", "folderNumber") REFERENCES "Folder" ("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Role" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" JSONB,
    "code" INTEGER DEFAULT 0,
    "amount" TEXT NOT NULL,
    "updatedAt" BIGINT NOT NULL DEFAULT 0,
    "position" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "isActive" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Folder" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "startsAt" TEXT,
    "payload" BOOLEAN DEFAULT false,
    "weight" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "storeItemId" TEXT NOT NULL,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Folder_storeItemId_fkey" FOREIGN KEY ("storeItemId") REFERENCES "StoreItem" ("storeitem_id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "StoreItem_storeSlug_key" ON "StoreItem"("storeSlug");

-- CreateIndex
CREATE INDEX "StoreItem_storeSlug_idx" ON "StoreItem"("storeSlug");

-- CreateIndex
CREATE INDEX "storeitem_storeslug_1_ix" ON "StoreItem"("storeSlug");

-- CreateIndex
CREATE UNIQUE INDEX "Store_slug_key" ON "Store"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Store_roleId_key" ON "Store"("roleId");

-- CreateIndex
CREATE INDEX "Store_slug_folderTenantId_idx" ON "Store"("slug", "folderTenantId");

-- CreateIndex
CREATE UNIQUE INDEX "Store_folderTenantId_folderNumber_key" ON "Store"("folderTenantId", "folderNumber");

-- CreateIndex
CREATE INDEX "Role_updatedAt_idx" ON "Role"("updatedAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Role_amount_updatedAt_key" ON "Role"("amount", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Folder_startsAt_key" ON "Folder"("startsAt");
