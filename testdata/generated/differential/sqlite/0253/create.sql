-- CreateTable
CREATE TABLE "events" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "rank_col" DECIMAL NOT NULL,
    "secret" DATETIME,
    "code" DECIMAL NOT NULL DEFAULT 2.25,
    "regionId" TEXT,

    PRIMARY KEY ("number", "tenantId"),
    CONSTRAINT "events_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("region_id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Region" (
    "region_id" TEXT NOT NULL PRIMARY KEY,
    "rank_col" JSONB NOT NULL,
    "flags" DATETIME,
    "flags2" DATETIME NOT NULL,
    "teamKind" TEXT NOT NULL,
    "regionId" TEXT,
    "eventHandle" TEXT NOT NULL,
    CONSTRAINT "Region_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("region_id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Region_eventHandle_fkey" FOREIGN KEY ("eventHandle") REFERENCES "events" ("handle") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "products" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "url" INTEGER DEFAULT 0,
    "ratio" INTEGER,
    "score" BLOB NOT NULL,
    "count" JSONB NOT NULL,
    "email" BIGINT NOT NULL
);

-- CreateTable
CREATE TABLE "Cart" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "createdat_col" DATETIME,
    "weight" BIGINT NOT NULL,
    "publishedat_col" DATETIME,
    "publishedAt2" TEXT,
    "code" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "isActive" DECIMAL NOT NULL DEFAULT 2.25,
    "teamKind" TEXT NOT NULL DEFAULT 'ACTIVE',
    "productSlug" TEXT,
    CONSTRAINT "Cart_productSlug_fkey" FOREIGN KEY ("productSlug") REFERENCES "products" ("slug") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "events_handle_key" ON "events"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "events_regionId_key" ON "events"("regionId");

-- CreateIndex
CREATE INDEX "events_rank_col_idx" ON "events"("rank_col");

-- CreateIndex
CREATE INDEX "Region_eventHandle_idx" ON "Region"("eventHandle");

-- CreateIndex
CREATE INDEX "Region_flags2_idx" ON "Region"("flags2");

-- CreateIndex
CREATE UNIQUE INDEX "region_pair_key" ON "Region"("teamKind", "flags");

-- CreateIndex
CREATE UNIQUE INDEX "products_slug_key" ON "products"("slug");

-- CreateIndex
CREATE INDEX "Cart_productSlug_idx" ON "Cart"("productSlug");

-- CreateIndex
CREATE INDEX "Cart_publishedat_col_idx" ON "Cart"("publishedat_col");
