-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "note" TEXT,
    "data" BIGINT,
    "code" BLOB,
    "raw" NUMERIC,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Folder" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meta" REAL NOT NULL,
    "total" REAL NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Store" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "count_col" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "ratio" BIGINT,
    "regionKind" TEXT DEFAULT 'HIGH'
);

-- CreateTable
CREATE TABLE "teams" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "flags" INTEGER NOT NULL DEFAULT 0,
    "payload_col" BIGINT NOT NULL DEFAULT 1234567890123,
    "regionKind" TEXT DEFAULT 'draft_value'
);

-- CreateTable
CREATE TABLE "Address" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "amount" BOOLEAN,
    "expiresAt" TEXT NOT NULL,
    "regionKind" TEXT DEFAULT 'HIGH'
);

-- CreateIndex
CREATE INDEX "folder_meta_0_ix" ON "Folder"("meta" DESC);

-- CreateIndex
CREATE INDEX "Folder_total_idx" ON "Folder"("total" DESC);

-- CreateIndex
CREATE INDEX "Store_ratio_idx" ON "Store"("ratio");

-- CreateIndex
CREATE INDEX "teams_regionKind_flags_idx" ON "teams"("regionKind", "flags");

-- CreateIndex
CREATE INDEX "Address_expiresAt_idx" ON "Address"("expiresAt");
