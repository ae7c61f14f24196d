-- CreateTable
CREATE TABLE "Tag" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "hash" BLOB NOT NULL,
    "payload" BIGINT NOT NULL DEFAULT 1234567890123,
    "size" DATETIME,
    "hash2" DATETIME NOT NULL,
    "payload2" BIGINT,
    "count" DECIMAL DEFAULT 1.5,
    "tagTenantId" TEXT,
    "tagNumber" INTEGER,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Tag_tagTenantId_tagNumber_fkey" FOREIGN KEY ("tagTenantId", "tagNumber") REFERENCES "Tag" ("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "prices" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "count_col" TEXT NOT NULL,
    "count2" INTEGER NOT NULL,
    "ratio" REAL NOT NULL,
    "endsat_col" BOOLEAN DEFAULT false,
    "commentKind" TEXT NOT NULL DEFAULT 'Published',
    "priceId" INTEGER,
    CONSTRAINT "prices_priceId_fkey" FOREIGN KEY ("priceId") REFERENCES "prices" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "tag_hash2_uq" ON "Tag"("hash2");

-- CreateIndex
CREATE INDEX "Tag_tagTenantId_tagNumber_idx" ON "Tag"("tagTenantId", "tagNumber");

-- CreateIndex
CREATE UNIQUE INDEX "prices_slug_key" ON "prices"("slug");

-- CreateIndex
CREATE INDEX "prices_priceId_idx" ON "prices"("priceId");
