-- CreateTable
CREATE TABLE "TokenWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "payload" BLOB NOT NULL,
    "note" INTEGER NOT NULL DEFAULT -7,
    "position" TEXT,
    "createdAt" REAL NOT NULL,
    "noteKind" TEXT NOT NULL DEFAULT 'draft',
    "couponLinkId" TEXT NOT NULL,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "TokenWithAVeryLongNameThatGoesOnAndOnForTruncation_couponLinkId_fkey" FOREIGN KEY ("couponLinkId") REFERENCES "CouponLink" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CouponLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "data" BLOB,
    "email_col" INTEGER DEFAULT 0,
    "version" TEXT DEFAULT 'x',
    "rank" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "noteKind" TEXT DEFAULT 'HIGH',
    "raw" money,
    "tokenTenantId" TEXT NOT NULL,
    "tokenNumber" INTEGER NOT NULL,
    "itemNumber" INTEGER,
    "itemTenantId" TEXT,
    CONSTRAINT "CouponLink_tokenTenantId_tokenNumber_fkey" FOREIGN KEY ("tokenTenantId", "tokenNumber") REFERENCES "TokenWithAVeryLongNameThatGoesOnAndOnForTruncation" ("tenantId", "number") ON DELETE CASCADE ON UPDATE RESTRICT,
    CONSTRAINT "CouponLink_itemNumber_itemTenantId_fkey" FOREIGN KEY ("itemNumber", "itemTenantId") REFERENCES "items" ("number", "tenantId") ON DELETE NO ACTION ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "items" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "color" DATETIME,
    "isActive" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "tokenTenantId" TEXT,
    "tokenNumber" INTEGER,

    PRIMARY KEY ("number", "tenantId"),
    CONSTRAINT "items_tokenTenantId_tokenNumber_fkey" FOREIGN KEY ("tokenTenantId", "tokenNumber") REFERENCES "TokenWithAVeryLongNameThatGoesOnAndOnForTruncation" ("tenantId", "number") ON DELETE SET DEFAULT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "TokenWithAVeryLongNameThatGoesOnAndOnForTruncation_slug_key" ON "TokenWithAVeryLongNameThatGoesOnAndOnForTruncation"("slug");

-- CreateIndex
CREATE INDEX "TokenWithAVeryLongNameThatGoesOnAndOnForTruncation_couponLinkId_idx" ON "TokenWithAVeryLongNameThatGoesOnAndOnForTruncation"("couponLinkId");

-- CreateIndex
CREATE INDEX "tokenwithaverylongnamethatgoesonandonfor_notekind_0_ix" ON "TokenWithAVeryLongNameThatGoesOnAndOnForTruncation"("noteKind", "createdAt");

-- CreateIndex
CREATE INDEX "tokenwithaverylongnamethatgoesonandonfor_notekind_1_ix" ON "TokenWithAVeryLongNameThatGoesOnAndOnForTruncation"("noteKind");

-- CreateIndex
CREATE INDEX "CouponLink_rank_idx" ON "CouponLink"("rank" DESC);

-- CreateIndex
CREATE INDEX "CouponLink_rank_version_idx" ON "CouponLink"("rank", "version");

-- CreateIndex
CREATE UNIQUE INDEX "items_slug_key" ON "items"("slug");

-- CreateIndex
CREATE INDEX "items_slug_idx" ON "items"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "items_tokenTenantId_tokenNumber_key" ON "items"("tokenTenantId", "tokenNumber");
