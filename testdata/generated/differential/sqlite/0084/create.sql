-- CreateTable
CREATE TABLE "Address" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "slug" REAL NOT NULL,
    "label" INTEGER,
    "payload_col" BOOLEAN NOT NULL,
    "label2" BLOB NOT NULL,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ratio" TEXT DEFAULT 'back\slash',
    "productId" INTEGER,
    CONSTRAINT "Address_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "File" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "rank" REAL DEFAULT 0,
    "roleKind" TEXT NOT NULL DEFAULT 'HIGH',
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "status" DATETIME NOT NULL,
    "couponKind" TEXT NOT NULL,
    "raw" circle,
    "fileTenantId" TEXT NOT NULL,
    "filenumber_ref" INTEGER NOT NULL,
    CONSTRAINT "Product_fileTenantId_filenumber_ref_fkey" FOREIGN KEY ("fileTenantId", "filenumber_ref") REFERENCES "File" ("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ratio" INTEGER NOT NULL DEFAULT 0,
    "endsAt" JSONB,
    "couponKind" TEXT DEFAULT 'Published'
);

-- CreateTable
CREATE TABLE "_ProductToAddress207" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_ProductToAddress207_A_fkey" FOREIGN KEY ("A") REFERENCES "Address" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_ProductToAddress207_B_fkey" FOREIGN KEY ("B") REFERENCES "Product" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_CommentToProduct" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_CommentToProduct_A_fkey" FOREIGN KEY ("A") REFERENCES "Comment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_CommentToProduct_B_fkey" FOREIGN KEY ("B") REFERENCES "Product" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Address_email_key" ON "Address"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Address_productId_key" ON "Address"("productId");

-- CreateIndex
CREATE INDEX "address_updatedat_0_ix" ON "Address"("updatedAt" DESC);

-- CreateIndex
CREATE INDEX "address_email_1_ix" ON "Address"("email");

-- CreateIndex
CREATE INDEX "File_rank_idx" ON "File"("rank");

-- CreateIndex
CREATE INDEX "Product_fileTenantId_filenumber_ref_idx" ON "Product"("fileTenantId", "filenumber_ref");

-- CreateIndex
CREATE INDEX "Comment_ratio_idx" ON "Comment"("ratio" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Comment_couponKind_ratio_key" ON "Comment"("couponKind", "ratio");

-- CreateIndex
CREATE UNIQUE INDEX "_ProductToAddress207_AB_unique" ON "_ProductToAddress207"("A", "B");

-- CreateIndex
CREATE INDEX "_ProductToAddress207_B_index" ON "_ProductToAddress207"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_CommentToProduct_AB_unique" ON "_CommentToProduct"("A", "B");

-- CreateIndex
CREATE INDEX "_CommentToProduct_B_index" ON "_CommentToProduct"("B");
