-- CreateTable
CREATE TABLE "tags" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "endsAt" TEXT DEFAULT 'back\slash',
    "productId" INTEGER,
    "tagid_ref" TEXT,
    CONSTRAINT "tags_productId_fkey" FOREIGN KEY ("productId") REFERENCES "products" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "tags_tagid_ref_fkey" FOREIGN KEY ("tagid_ref") REFERENCES "tags" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "products" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "level" BIGINT NOT NULL DEFAULT 1234567890123,
    "avatar" INTEGER NOT NULL,
    "data_col" REAL NOT NULL DEFAULT 1.5,
    "productid_ref" INTEGER,
    CONSTRAINT "products_productid_ref_fkey" FOREIGN KEY ("productid_ref") REFERENCES "products" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "tags_productId_idx" ON "tags"("productId");

-- CreateIndex
CREATE INDEX "tags_tagid_ref_idx" ON "tags"("tagid_ref");

-- CreateIndex
CREATE UNIQUE INDEX "products_avatar_key" ON "products"("avatar");

-- CreateIndex
CREATE INDEX "products_productid_ref_idx" ON "products"("productid_ref");

-- CreateIndex
CREATE INDEX "products_data_col_idx" ON "products"("data_col" DESC);
