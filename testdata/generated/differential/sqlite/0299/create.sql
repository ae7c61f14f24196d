-- CreateTable
CREATE TABLE "File" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL,
    "avatar" JSONB NOT NULL,
    "color" INTEGER DEFAULT 0,
    "meta" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "payload" BIGINT DEFAULT 0
);

-- CreateTable
CREATE TABLE "stores" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "isActive" INTEGER NOT NULL,
    "storeId" TEXT,
    "fileId" INTEGER,
    CONSTRAINT "stores_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "stores" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "stores_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "File" ("id") ON DELETE CASCADE ON UPDATE SET DEFAULT
);

-- CreateIndex
CREATE INDEX "File_meta_idx" ON "File"("meta");

-- CreateIndex
CREATE INDEX "file_version_1_ix" ON "File"("version");

-- CreateIndex
CREATE UNIQUE INDEX "file_pair_key" ON "File"("version", "meta");

-- CreateIndex
CREATE UNIQUE INDEX "stores_storeId_key" ON "stores"("storeId");

-- CreateIndex
CREATE INDEX "stores_fileId_idx" ON "stores"("fileId");
