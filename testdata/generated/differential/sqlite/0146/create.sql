-- CreateTable
CREATE TABLE "EventWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "version" BOOLEAN NOT NULL,
    "eventId" INTEGER,
    "eventid2_ref" INTEGER,
    CONSTRAINT "EventWithAVeryLongNameThatGoesOnAndOnForTruncation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "EventWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "EventWithAVeryLongNameThatGoesOnAndOnForTruncation_eventid2_ref_fkey" FOREIGN KEY ("eventid2_ref") REFERENCES "EventWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "products" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "isActive" BIGINT NOT NULL DEFAULT 0,
    "verified" JSONB,
    "productNumber" INTEGER,
    "productTenantId" TEXT,

    PRIMARY KEY ("number", "tenantId"),
    CONSTRAINT "products_productNumber_productTenantId_fkey" FOREIGN KEY ("productNumber", "productTenantId") REFERENCES "products" ("number", "tenantId") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "EventWithAVeryLongNameThatGoesOnAndOnForTruncation_slug_key" ON "EventWithAVeryLongNameThatGoesOnAndOnForTruncation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "eventwithaverylongnamethatgoesonandonfor_eventid2_one" ON "EventWithAVeryLongNameThatGoesOnAndOnForTruncation"("eventid2_ref");

-- CreateIndex
CREATE INDEX "EventWithAVeryLongNameThatGoesOnAndOnForTruncation_eventId_idx" ON "EventWithAVeryLongNameThatGoesOnAndOnForTruncation"("eventId" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "eventwithaverylongnamethatgoesonandonfor_pair_key" ON "EventWithAVeryLongNameThatGoesOnAndOnForTruncation"("version", "slug");

-- CreateIndex
CREATE INDEX "products_isActive_idx" ON "products"("isActive");

-- CreateIndex
CREATE INDEX "product_isactive_1_ix" ON "products"("isActive");
