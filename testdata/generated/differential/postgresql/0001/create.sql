-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "audit";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "auth";

-- CreateTable
CREATE TABLE "auth"."accountitems" (
    "id" TEXT NOT NULL,
    "count" DOUBLE PRECISION,
    "version" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "position" DOUBLE PRECISION,
    "price" TEXT NOT NULL,
    "body_col" DOUBLE PRECISION NOT NULL DEFAULT -2.25,

    CONSTRAINT "accountitems_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit"."Item" (
    "id" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "title" BIGINT NOT NULL,
    "flags" BYTEA NOT NULL,
    "url" TEXT NOT NULL DEFAULT '',
    "status_col" BYTEA,
    "raw" cidr,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "accountitems_version_key" ON "auth"."accountitems"("version");

-- CreateIndex
CREATE INDEX "accountitems_body_col_idx" ON "auth"."accountitems"("body_col");

-- CreateIndex
CREATE UNIQUE INDEX "Item_slug_key" ON "audit"."Item"("slug");

-- CreateIndex
CREATE INDEX "Item_isActive_idx" ON "audit"."Item"("isActive");

-- CreateIndex
CREATE INDEX "Item_slug_idx" ON "audit"."Item" USING SPGIST ("slug");
