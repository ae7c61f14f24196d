-- CreateTable
CREATE TABLE "Tag" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "version" JSONB,
    "title" BOOLEAN NOT NULL DEFAULT true,
    "payload" BLOB NOT NULL
);

-- CreateTable
CREATE TABLE "Product" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "weight" DECIMAL NOT NULL,
    "body" REAL NOT NULL DEFAULT -2.25
);

-- CreateTable
CREATE TABLE "Price" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" DATETIME DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Channel" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "payload_col" TEXT NOT NULL,
    "total" BOOLEAN NOT NULL DEFAULT false,
    "count" TEXT NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "CartWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "productId" INTEGER NOT NULL,
    "priceId" INTEGER NOT NULL,
    "priceId2" INTEGER,
    "tagId" TEXT NOT NULL,

    PRIMARY KEY ("productId", "priceId"),
    CONSTRAINT "CartWithAVeryLongNameThatGoesOnAndOnForTruncation_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CartWithAVeryLongNameThatGoesOnAndOnForTruncation_priceId_fkey" FOREIGN KEY ("priceId") REFERENCES "Price" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CartWithAVeryLongNameThatGoesOnAndOnForTruncation_priceId2_fkey" FOREIGN KEY ("priceId2") REFERENCES "Price" ("id") ON DELETE SET NULL ON UPDATE SET DEFAULT,
    CONSTRAINT "CartWithAVeryLongNameThatGoesOnAndOnForTruncation_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_PriceToTag" (
    "A" INTEGER NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_PriceToTag_A_fkey" FOREIGN KEY ("A") REFERENCES "Price" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_PriceToTag_B_fkey" FOREIGN KEY ("B") REFERENCES "Tag" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Tag_email_key" ON "Tag"("email");

-- CreateIndex
CREATE INDEX "Tag_title_idx" ON "Tag"("title" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Product_slug_key" ON "Product"("slug");

-- CreateIndex
CREATE INDEX "Product_weight_idx" ON "Product"("weight");

-- CreateIndex
CREATE UNIQUE INDEX "Product_weight_body_key" ON "Product"("weight", "body");

-- CreateIndex
CREATE UNIQUE INDEX "Price_kind_key" ON "Price"("kind");

-- CreateIndex
CREATE INDEX "price_kind_0_ix" ON "Price"("kind");

-- CreateIndex
CREATE INDEX "Price_kind_idx" ON "Price"("kind");

-- CreateIndex
CREATE INDEX "Channel_count_idx" ON "Channel"("count");

-- CreateIndex
CREATE INDEX "CartWithAVeryLongNameThatGoesOnAndOnForTruncation_priceId2_idx" ON "CartWithAVeryLongNameThatGoesOnAndOnForTruncation"("priceId2" DESC);

-- CreateIndex
CREATE INDEX "cartwithaverylongnamethatgoesonandonfort_priceid2_1_ix" ON "CartWithAVeryLongNameThatGoesOnAndOnForTruncation"("priceId2");

-- CreateIndex
CREATE UNIQUE INDEX "_PriceToTag_AB_unique" ON "_PriceToTag"("A", "B");

-- CreateIndex
CREATE INDEX "_PriceToTag_B_index" ON "_PriceToTag"("B");
