-- CreateTable
CREATE TABLE "Ticket" (
    "ticket_id" TEXT NOT NULL PRIMARY KEY,
    "avatar" JSONB NOT NULL,
    "meta" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "meta2" DATETIME NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "url" INTEGER NOT NULL,
    "tokenTenantId" TEXT NOT NULL,
    "tokenNumber" INTEGER NOT NULL,
    "couponId" TEXT,
    CONSTRAINT "Ticket_tokenTenantId_tokenNumber_fkey" FOREIGN KEY ("tokenTenantId", "tokenNumber") REFERENCES "Token" ("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Ticket_couponId_fkey" FOREIGN KEY ("couponId") REFERENCES "Coupon" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Refund" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "payload" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Category" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "color" INTEGER NOT NULL,
    "name" INTEGER NOT NULL,
    "url" BOOLEAN,
    "startsAt" DECIMAL,
    "body" BLOB NOT NULL,
    "expiresAt" INTEGER DEFAULT 0,
    "tagKind" TEXT DEFAULT 'INACTIVE'
);

-- CreateTable
CREATE TABLE "Token" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "startsAt" INTEGER NOT NULL,
    "meta" DECIMAL NOT NULL DEFAULT 2.25,
    "flags" TEXT NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Coupon" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "version_col" INTEGER DEFAULT 0,
    "payload" JSONB,
    "code" TEXT NOT NULL,
    "rank" TEXT NOT NULL,
    "tagKind" TEXT NOT NULL,
    "refundid_ref" INTEGER NOT NULL,
    CONSTRAINT "Coupon_refundid_ref_fkey" FOREIGN KEY ("refundid_ref") REFERENCES "Refund" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_couponId_key" ON "Ticket"("couponId");

-- CreateIndex
CREATE INDEX "Ticket_hash_couponId_idx" ON "Ticket"("hash", "couponId");

-- CreateIndex
CREATE INDEX "Ticket_url_idx" ON "Ticket"("url");

-- CreateIndex
CREATE INDEX "refund_payload_0_ix" ON "Refund"("payload" DESC);

-- CreateIndex
CREATE INDEX "Refund_payload_idx" ON "Refund"("payload");

-- CreateIndex
CREATE UNIQUE INDEX "Category_tagKind_key" ON "Category"("tagKind");

-- CreateIndex
CREATE INDEX "category_url_0_ix" ON "Category"("url");

-- CreateIndex
CREATE INDEX "Category_url_idx" ON "Category"("url" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Category_name_expiresAt_key" ON "Category"("name", "expiresAt");

-- CreateIndex
CREATE INDEX "Token_flags_idx" ON "Token"("flags" DESC);

-- CreateIndex
CREATE INDEX "token_flags_1_ix" ON "Token"("flags");

-- CreateIndex
CREATE INDEX "Coupon_refundid_ref_idx" ON "Coupon"("refundid_ref");
