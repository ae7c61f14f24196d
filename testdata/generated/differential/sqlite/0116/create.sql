-- CreateTable
CREATE TABLE "Rating2" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "data" DECIMAL,
    "version" REAL NOT NULL DEFAULT -2.25,
    "ratio" DATETIME NOT NULL,
    "color_col" INTEGER DEFAULT 42,
    "color2" JSONB NOT NULL,
    "productRating2Id" INTEGER,
    "productTagId" TEXT,
    CONSTRAINT "Rating2_productRating2Id_productTagId_fkey" FOREIGN KEY ("productRating2Id", "productTagId") REFERENCES "Product" ("rating2Id", "tagId") ON DELETE SET DEFAULT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "tags" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "label" REAL NOT NULL DEFAULT 1.5
);

-- CreateTable
CREATE TABLE "Event" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "updatedat_col" TEXT NOT NULL,
    "weight" BOOLEAN NOT NULL DEFAULT true,
    "total" JSONB NOT NULL,
    "isActive" BIGINT NOT NULL DEFAULT 1234567890123,
    "amount" INTEGER DEFAULT 42
);

-- CreateTable
CREATE TABLE "roles" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "title" DATETIME NOT NULL,
    "version" TEXT,
    "data" DATETIME,
    "color" INTEGER DEFAULT 42,
    "kind" TEXT,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Cart" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "position" TEXT,
    "ratio" TEXT NOT NULL,
    "email" TEXT,
    "note_col" TEXT NOT NULL DEFAULT 'it''s',
    "hash" DATETIME,
    "rank_col" BOOLEAN NOT NULL,
    "rating2Id" INTEGER NOT NULL,

    PRIMARY KEY ("number", "tenantId"),
    CONSTRAINT "Cart_rating2Id_fkey" FOREIGN KEY ("rating2Id") REFERENCES "Rating2" ("id") ON DELETE NO ACTION ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Product" (
    "rating2Id" INTEGER NOT NULL,
    "tagId" TEXT NOT NULL,
    "assignedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("rating2Id", "tagId"),
    CONSTRAINT "Product_rating2Id_fkey" FOREIGN KEY ("rating2Id") REFERENCES "Rating2" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Product_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "tags" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Audit" (
    "cartNumber" INTEGER NOT NULL,
    "cartTenantId" TEXT NOT NULL,
    "productRating2Id" INTEGER NOT NULL,
    "productTagId" TEXT NOT NULL,
    "roleTenantId" TEXT,
    "rolenumber_ref" INTEGER,

    PRIMARY KEY ("cartNumber", "cartTenantId", "productRating2Id", "productTagId"),
    CONSTRAINT "Audit_cartNumber_cartTenantId_fkey" FOREIGN KEY ("cartNumber", "cartTenantId") REFERENCES "Cart" ("number", "tenantId") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Audit_productRating2Id_productTagId_fkey" FOREIGN KEY ("productRating2Id", "productTagId") REFERENCES "Product" ("rating2Id", "tagId") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Audit_roleTenantId_rolenumber_ref_fkey" FOREIGN KEY ("roleTenantId", "rolenumber_ref") REFERENCES "roles" ("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Shipment" (
    "eventId" INTEGER NOT NULL,
    "cartNumber" INTEGER NOT NULL,
    "cartTenantId" TEXT NOT NULL,
    "assignedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("eventId", "cartNumber", "cartTenantId"),
    CONSTRAINT "Shipment_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Shipment_cartNumber_cartTenantId_fkey" FOREIGN KEY ("cartNumber", "cartTenantId") REFERENCES "Cart" ("number", "tenantId") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "rating2_ratio_uq" ON "Rating2"("ratio");

-- CreateIndex
CREATE INDEX "Rating2_version_idx" ON "Rating2"("version");

-- CreateIndex
CREATE INDEX "Rating2_productRating2Id_productTagId_idx" ON "Rating2"("productRating2Id", "productTagId");

-- CreateIndex
CREATE UNIQUE INDEX "Rating2_productRating2Id_productTagId_key" ON "Rating2"("productRating2Id", "productTagId");

-- CreateIndex
CREATE UNIQUE INDEX "rating2_pair_key" ON "Rating2"("ratio", "color_col");

-- CreateIndex
CREATE UNIQUE INDEX "tags_label_key" ON "tags"("label");

-- CreateIndex
CREATE INDEX "tags_label_idx" ON "tags"("label");

-- CreateIndex
CREATE INDEX "tag_label_1_ix" ON "tags"("label");

-- CreateIndex
CREATE UNIQUE INDEX "Event_amount_key" ON "Event"("amount");

-- CreateIndex
CREATE INDEX "event_amount_0_ix" ON "Event"("amount" DESC);

-- CreateIndex
CREATE INDEX "Event_updatedat_col_idx" ON "Event"("updatedat_col");

-- CreateIndex
CREATE UNIQUE INDEX "roles_slug_key" ON "roles"("slug");

-- CreateIndex
CREATE INDEX "roles_title_kind_idx" ON "roles"("title", "kind");

-- CreateIndex
CREATE INDEX "roles_version_idx" ON "roles"("version");

-- CreateIndex
CREATE INDEX "Cart_rating2Id_hash_idx" ON "Cart"("rating2Id", "hash");

-- CreateIndex
CREATE INDEX "Cart_hash_rating2Id_idx" ON "Cart"("hash", "rating2Id");
