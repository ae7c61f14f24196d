-- CreateTable
CREATE TABLE "ChannelItem" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "ratio" INTEGER DEFAULT 0,
    "postid_ref" INTEGER NOT NULL,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "ChannelItem_postid_ref_fkey" FOREIGN KEY ("postid_ref") REFERENCES "Post" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Address" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "avatar" BIGINT,
    "name" TEXT,
    "email" TEXT,
    "startsAt" BOOLEAN,
    "createdAt" TEXT NOT NULL,
    "payload" BLOB NOT NULL,
    "raw" DATE
);

-- CreateTable
CREATE TABLE "Shipment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "count_col" BOOLEAN,
    "invoiceid_ref" TEXT,
    CONSTRAINT "Shipment_invoiceid_ref_fkey" FOREIGN KEY ("invoiceid_ref") REFERENCES "Invoice" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "score_col" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" BOOLEAN DEFAULT true
);

-- CreateTable
CREATE TABLE "Post" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" BIGINT NOT NULL,
    "payload" TEXT NOT NULL,
    "weight_col" DECIMAL NOT NULL,
    "balance" INTEGER NOT NULL,
    "count" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "status" REAL
);

-- CreateTable
CREATE TABLE "Category" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "secret" REAL NOT NULL
);

-- CreateIndex
CREATE INDEX "ChannelItem_postid_ref_idx" ON "ChannelItem"("postid_ref");

-- CreateIndex
CREATE UNIQUE INDEX "Address_createdAt_key" ON "Address"("createdAt");

-- CreateIndex
CREATE INDEX "Address_email_createdAt_idx" ON "Address"("email", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_count_col_key" ON "Shipment"("count_col");

-- CreateIndex
CREATE UNIQUE INDEX "Post_balance_key" ON "Post"("balance");

-- CreateIndex
CREATE INDEX "Category_secret_idx" ON "Category"("secret" DESC);

-- CreateIndex
CREATE INDEX "category_secret_1_ix" ON "Category"("secret");
