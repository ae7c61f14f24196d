-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "label" INTEGER DEFAULT -7,
    "price" JSONB NOT NULL,
    "note" BOOLEAN DEFAULT false,
    "size" INTEGER NOT NULL DEFAULT -7,
    "storeId" TEXT,
    CONSTRAINT "Review_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Store" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "weight" JSONB NOT NULL,
    "status" BIGINT,
    "email" REAL NOT NULL,
    "name" BIGINT NOT NULL,
    "note" TEXT NOT NULL,
    "sessionKind" TEXT,
    "storeid_ref" TEXT,
    "reviewId" TEXT,
    CONSTRAINT "Store_storeid_ref_fkey" FOREIGN KEY ("storeid_ref") REFERENCES "Store" ("id") ON DELETE NO ACTION ON UPDATE CASCADE,
    CONSTRAINT "Store_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Region" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "hash" TEXT,
    "updatedAt" JSONB NOT NULL,
    "sessionKind" TEXT NOT NULL DEFAULT 'HIGH'
);

-- CreateTable
CREATE TABLE "Team" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "url" BOOLEAN DEFAULT true,
    "name" TEXT,
    "fileKind" TEXT DEFAULT 'draft',
    "reviewId" TEXT,
    CONSTRAINT "Team_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "_StoreToReview265" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_StoreToReview265_A_fkey" FOREIGN KEY ("A") REFERENCES "Review" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_StoreToReview265_B_fkey" FOREIGN KEY ("B") REFERENCES "Store" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Review_note_idx" ON "Review"("note");

-- CreateIndex
CREATE INDEX "Review_size_idx" ON "Review"("size");

-- CreateIndex
CREATE UNIQUE INDEX "Store_slug_key" ON "Store"("slug");

-- CreateIndex
CREATE INDEX "Store_storeid_ref_idx" ON "Store"("storeid_ref");

-- CreateIndex
CREATE INDEX "Store_reviewId_idx" ON "Store"("reviewId");

-- CreateIndex
CREATE INDEX "store_storeid_0_ix" ON "Store"("storeid_ref");

-- CreateIndex
CREATE UNIQUE INDEX "Region_sessionKind_key" ON "Region"("sessionKind");

-- CreateIndex
CREATE UNIQUE INDEX "Team_reviewId_key" ON "Team"("reviewId");

-- CreateIndex
CREATE UNIQUE INDEX "_StoreToReview265_AB_unique" ON "_StoreToReview265"("A", "B");

-- CreateIndex
CREATE INDEX "_StoreToReview265_B_index" ON "_StoreToReview265"("B");
