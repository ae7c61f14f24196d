-- CreateTable
CREATE TABLE "Refund" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "amount" BIGINT NOT NULL,
    "position" INTEGER DEFAULT 0,
    "rank" JSONB NOT NULL,
    "ratio" BOOLEAN DEFAULT false,
    "folderKind" TEXT,
    "postTenantId" TEXT NOT NULL,
    "postNumber" INTEGER NOT NULL,
    CONSTRAINT "Refund_postTenantId_postNumber_fkey" FOREIGN KEY ("postTenantId", "postNumber") REFERENCES "PostWithAVeryLongNameThatGoesOnAndOnForTruncation" ("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "note" INTEGER NOT NULL,
    "color" INTEGER NOT NULL,
    "isActive" DECIMAL NOT NULL DEFAULT 1.5,
    "rank_col" TEXT,
    "score" BLOB,
    "folderKind" TEXT NOT NULL DEFAULT 'Published',
    "refundId" TEXT,
    CONSTRAINT "Payment_refundId_fkey" FOREIGN KEY ("refundId") REFERENCES "Refund" ("id") ON DELETE SET DEFAULT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PostWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "ratio_col" INTEGER NOT NULL,
    "score" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "position" BLOB,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateIndex
CREATE INDEX "Refund_postTenantId_postNumber_idx" ON "Refund"("postTenantId", "postNumber");

-- CreateIndex
CREATE INDEX "Refund_ratio_postNumber_idx" ON "Refund"("ratio", "postNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_slug_key" ON "Payment"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_isActive_key" ON "Payment"("isActive");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_color_note_key" ON "Payment"("color", "note");

-- CreateIndex
CREATE UNIQUE INDEX "postwithaverylongnamethatgoesonandonfort_ratio_uq" ON "PostWithAVeryLongNameThatGoesOnAndOnForTruncation"("ratio_col");

-- CreateIndex
CREATE INDEX "PostWithAVeryLongNameThatGoesOnAndOnForTruncation_ratio_col_idx" ON "PostWithAVeryLongNameThatGoesOnAndOnForTruncation"("ratio_col");
