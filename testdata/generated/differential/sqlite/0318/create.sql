-- CreateTable
CREATE TABLE "Category" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "updatedAt" BOOLEAN DEFAULT false,
    "total" DECIMAL NOT NULL,
    "category2TenantId" TEXT NOT NULL,
    "category2number_ref" INTEGER NOT NULL,
    CONSTRAINT "Category_category2TenantId_category2number_ref_fkey" FOREIGN KEY ("category2TenantId", "category2number_ref") REFERENCES "Category2" ("tenantId", "number") ON DELETE RESTRICT ON UPDATE RESTRICT
);

-- CreateTable
CREATE TABLE "channels" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "expiresAt" REAL NOT NULL,
    "version" JSONB,
    "isActive" TEXT NOT NULL,
    "label" REAL DEFAULT -2.25,
    "payload" DATETIME NOT NULL,
    "note" DATETIME NOT NULL,
    "refundKind" TEXT NOT NULL DEFAULT 'INACTIVE'
);

-- CreateTable
CREATE TABLE "MemberWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "verified" BOOLEAN DEFAULT true,
    "status" TEXT,
    "data" BOOLEAN NOT NULL DEFAULT false,
    "amount" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "slug" TEXT NOT NULL,
    "raw" VARCHAR(10),

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Category2" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "rank" JSONB,
    "level" JSONB NOT NULL,
    "code" TEXT,
    "slug" BIGINT NOT NULL DEFAULT 1234567890123,
    "publishedAt" INTEGER DEFAULT 42,
    "raw" NUMERIC,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateIndex
CREATE INDEX "channel_refundkind_0_ix" ON "channels"("refundKind");

-- CreateIndex
CREATE INDEX "channel_isactive_1_ix" ON "channels"("isActive");

-- CreateIndex
CREATE UNIQUE INDEX "MemberWithAVeryLongNameThatGoesOnAndOnForTruncation_slug_key" ON "MemberWithAVeryLongNameThatGoesOnAndOnForTruncation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "memberwithaverylongnamethatgoesonandonfo_pair_key" ON "MemberWithAVeryLongNameThatGoesOnAndOnForTruncation"("slug", "amount");

-- CreateIndex
CREATE UNIQUE INDEX "Category2_email_key" ON "Category2"("email");

-- CreateIndex
CREATE INDEX "Category2_slug_idx" ON "Category2"("slug");

-- CreateIndex
CREATE INDEX "Category2_email_idx" ON "Category2"("email");
