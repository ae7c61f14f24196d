-- CreateTable
CREATE TABLE "Refund" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "publishedAt" BOOLEAN NOT NULL,
    "status" BIGINT DEFAULT 0,
    "flags" BIGINT,
    "projectCategoryWithAVeryLongNameThatGoesOnAndOnForTruncationId" INTEGER NOT NULL,
    "projectPriceId" TEXT NOT NULL,
    CONSTRAINT "Refund_projectCategoryWithAVeryLongNameThatGoesOnAndOnForTruncationId_projectPriceId_fkey" FOREIGN KEY ("projectCategoryWithAVeryLongNameThatGoesOnAndOnForTruncationId", "projectPriceId") REFERENCES "Project" ("categoryWithAVeryLongNameThatGoesOnAndOnForTruncationId", "priceId") ON DELETE NO ACTION ON UPDATE RESTRICT
);

-- CreateTable
CREATE TABLE "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "total_col" TEXT NOT NULL DEFAULT 'it''s',
    "label" JSONB,
    "score" DATETIME NOT NULL,
    "updatedat_col" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "folderid_ref" TEXT,
    CONSTRAINT "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation_folderid_ref_fkey" FOREIGN KEY ("folderid_ref") REFERENCES "Folder" ("id") ON DELETE NO ACTION ON UPDATE SET NULL
);

-- CreateTable
CREATE TABLE "Folder" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT DEFAULT 'back\slash',
    "payload" BOOLEAN NOT NULL DEFAULT true,
    "color_col" JSONB NOT NULL,
    "position" INTEGER,
    "score" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Price" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "expiresat_col" DECIMAL NOT NULL DEFAULT 1.5,
    "color" DATETIME,
    "label" DECIMAL NOT NULL,
    "balance" REAL,
    "expiresAt2" REAL NOT NULL
);

-- CreateTable
CREATE TABLE "Task" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "version" BIGINT NOT NULL,
    "ratio" TEXT DEFAULT 'it''s'
);

-- CreateTable
CREATE TABLE "Project" (
    "categoryWithAVeryLongNameThatGoesOnAndOnForTruncationId" INTEGER NOT NULL,
    "priceId" TEXT NOT NULL,
    "assignedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("categoryWithAVeryLongNameThatGoesOnAndOnForTruncationId", "priceId"),
    CONSTRAINT "Project_categoryWithAVeryLongNameThatGoesOnAndOnForTruncationId_fkey" FOREIGN KEY ("categoryWithAVeryLongNameThatGoesOnAndOnForTruncationId") REFERENCES "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Project_priceId_fkey" FOREIGN KEY ("priceId") REFERENCES "Price" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_CategoryWithAVeryLongNameThatGoesOnAndOnForTruncationToFolder" (
    "A" INTEGER NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_CategoryWithAVeryLongNameThatGoesOnAndOnForTruncationToFolder_A_fkey" FOREIGN KEY ("A") REFERENCES "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_CategoryWithAVeryLongNameThatGoesOnAndOnForTruncationToFolder_B_fkey" FOREIGN KEY ("B") REFERENCES "Folder" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Refund_flags_key" ON "Refund"("flags");

-- CreateIndex
CREATE UNIQUE INDEX "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation_email_key" ON "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation"("email");

-- CreateIndex
CREATE INDEX "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation_folderid_ref_idx" ON "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation"("folderid_ref");

-- CreateIndex
CREATE INDEX "categorywithaverylongnamethatgoesonandon_email_1_ix" ON "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncation"("email" DESC, "total_col");

-- CreateIndex
CREATE UNIQUE INDEX "price_label_uq" ON "Price"("label");

-- CreateIndex
CREATE INDEX "Price_label_color_idx" ON "Price"("label", "color");

-- CreateIndex
CREATE INDEX "price_slug_1_ix" ON "Price"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Price_expiresat_col_label_key" ON "Price"("expiresat_col", "label");

-- CreateIndex
CREATE UNIQUE INDEX "_CategoryWithAVeryLongNameThatGoesOnAndOnForTruncationToFolder_AB_unique" ON "_CategoryWithAVeryLongNameThatGoesOnAndOnForTruncationToFolder"("A", "B");

-- CreateIndex
CREATE INDEX "_CategoryWithAVeryLongNameThatGoesOnAndOnForTruncationToFolder_B_index" ON "_CategoryWithAVeryLongNameThatGoesOnAndOnForTruncationToFolder"("B");
