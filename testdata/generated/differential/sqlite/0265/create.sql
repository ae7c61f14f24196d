-- CreateTable
CREATE TABLE "Folder" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "endsAt" BOOLEAN NOT NULL DEFAULT true
);

-- CreateTable
CREATE TABLE "Category" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "payload" DECIMAL NOT NULL DEFAULT 0,
    "updatedAt" REAL NOT NULL,
    "rank" INTEGER DEFAULT 1,
    "meta" TEXT NOT NULL DEFAULT 'x',
    "profileKind" TEXT NOT NULL DEFAULT 'INACTIVE'
);

-- CreateTable
CREATE TABLE "Item" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "price_col" BIGINT NOT NULL DEFAULT 0,
    "secret" BOOLEAN,
    "email" INTEGER,
    "price2" DECIMAL NOT NULL DEFAULT 2.25,
    "code" BOOLEAN DEFAULT true,
    "raw" geometry
);

-- CreateIndex
CREATE UNIQUE INDEX "Folder_endsAt_key" ON "Folder"("endsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Category_updatedAt_key" ON "Category"("updatedAt");

-- CreateIndex
CREATE INDEX "Category_meta_payload_idx" ON "Category"("meta" DESC, "payload");

-- CreateIndex
CREATE INDEX "Category_payload_idx" ON "Category"("payload" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Item_secret_code_key" ON "Item"("secret", "code");
