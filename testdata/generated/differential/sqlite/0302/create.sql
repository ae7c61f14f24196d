-- CreateTable
CREATE TABLE "InvoiceWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "payload" DECIMAL NOT NULL,
    "rank" BOOLEAN NOT NULL DEFAULT true,
    "invoiceId" TEXT,
    CONSTRAINT "InvoiceWithAVeryLongNameThatGoesOnAndOnForTruncation_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "balance" BLOB NOT NULL,
    "publishedAt" INTEGER NOT NULL DEFAULT 0,
    "balance2" INTEGER NOT NULL,
    "meta" JSONB NOT NULL,
    "secret" TEXT DEFAULT 'x'
);

-- CreateTable
CREATE TABLE "Item" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "expiresAt" BLOB NOT NULL,
    "rank" BOOLEAN NOT NULL DEFAULT true,
    "orderKind" TEXT NOT NULL DEFAULT 'draft',

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" JSONB
);

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceWithAVeryLongNameThatGoesOnAndOnForTruncation_email_key" ON "InvoiceWithAVeryLongNameThatGoesOnAndOnForTruncation"("email");

-- CreateIndex
CREATE UNIQUE INDEX "invoicewithaverylongnamethatgoesonandonf_payload_uq" ON "InvoiceWithAVeryLongNameThatGoesOnAndOnForTruncation"("payload");

-- CreateIndex
CREATE INDEX "InvoiceWithAVeryLongNameThatGoesOnAndOnForTruncation_invoiceId_idx" ON "InvoiceWithAVeryLongNameThatGoesOnAndOnForTruncation"("invoiceId");

-- CreateIndex
CREATE INDEX "Comment_publishedAt_idx" ON "Comment"("publishedAt");

-- CreateIndex
CREATE INDEX "Comment_secret_idx" ON "Comment"("secret");

-- CreateIndex
CREATE UNIQUE INDEX "Item_slug_key" ON "Item"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "item_rank_uq" ON "Item"("rank");

-- CreateIndex
CREATE INDEX "Item_slug_rank_idx" ON "Item"("slug" DESC, "rank");

-- CreateIndex
CREATE INDEX "Item_orderKind_idx" ON "Item"("orderKind");
