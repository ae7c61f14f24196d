-- CreateTable
CREATE TABLE "Store" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "size" DECIMAL NOT NULL,
    "kind" REAL DEFAULT 1.5,
    "secret" TEXT NOT NULL,
    "flags" REAL NOT NULL,
    "hash" TEXT,
    "updatedAt" DATETIME NOT NULL,
    "storeTenantId" TEXT,
    "storeNumber" INTEGER,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Store_storeTenantId_storeNumber_fkey" FOREIGN KEY ("storeTenantId", "storeNumber") REFERENCES "Store" ("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "notes" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "kind" TEXT,
    "hash" BOOLEAN NOT NULL,
    "kind2" INTEGER NOT NULL DEFAULT 0,
    "body" DATETIME,
    "noteId" INTEGER,
    CONSTRAINT "notes_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "notes" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Store_slug_key" ON "Store"("slug");

-- CreateIndex
CREATE INDEX "Store_storeTenantId_storeNumber_idx" ON "Store"("storeTenantId", "storeNumber");

-- CreateIndex
CREATE INDEX "store_slug_0_ix" ON "Store"("slug");

-- CreateIndex
CREATE INDEX "Store_slug_idx" ON "Store"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "notes_slug_key" ON "notes"("slug");
