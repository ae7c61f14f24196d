-- CreateEnum
CREATE TYPE "TaskKind" AS ENUM ('inactive_value');

-- CreateTable
CREATE TABLE "Category" (
    "id" SERIAL NOT NULL,
    "version" BOOLEAN,
    "verified" MONEY[],
    "count" JSONB NOT NULL DEFAULT '{"a": 1}',
    "name" TEXT NOT NULL DEFAULT 'hello',
    "kind" INTEGER NOT NULL,
    "level" INTEGER[] DEFAULT ARRAY[]::INTEGER[],

    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cart" (
    "id" SMALLSERIAL NOT NULL,
    "data" INTEGER NOT NULL DEFAULT (1 + 2),
    "meta" INTEGER NOT NULL,
    "avatar" REAL,
    "endsAt" BYTEA NOT NULL,
    "url" BIGINT NOT NULL,
    "label" BIGINT DEFAULT 1234567890123,
    "categoryId" INTEGER NOT NULL,

    CONSTRAINT "Cart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Region" (
    "id" TEXT NOT NULL,
    "ratio" TEXT NOT NULL,
    "price" TIMESTAMP(3) NOT NULL,
    "secret" INTEGER,
    "cartId" SMALLINT,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeviceEntry" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "endsAt" BIGINT[],
    "version" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "rank" BIGINT DEFAULT 1234567890123,
    "url" INTEGER[],
    "raw" tsvector,

    CONSTRAINT "DeviceEntry_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE UNIQUE INDEX "Category_name_key" ON "Category"("name");

-- CreateIndex
CREATE INDEX "Category_kind_name_idx" ON "Category"("kind", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Cart_categoryId_key" ON "Cart"("categoryId");

-- CreateIndex
CREATE INDEX "Cart_categoryId_idx" ON "Cart"("categoryId" DESC);

-- CreateIndex
CREATE INDEX "Cart_meta_data_idx" ON "Cart"("meta" DESC, "data");

-- CreateIndex
CREATE INDEX "Region_cartId_idx" ON "Region"("cartId");

-- CreateIndex
CREATE INDEX "Region_secret_idx" ON "Region"("secret");

-- AddForeignKey
ALTER TABLE "Cart" ADD CONSTRAINT "Cart_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_cartId_fkey" FOREIGN KEY ("cartId") REFERENCES "Cart"("id") ON DELETE SET NULL ON UPDATE CASCADE;
