-- CreateEnum
CREATE TYPE "TagKind" AS ENUM ('INACTIVE');

-- CreateEnum
CREATE TYPE "StoreKind" AS ENUM ('LOW');

-- CreateTable
CREATE TABLE "Token" (
    "id" BIGSERIAL NOT NULL,
    "createdAt" INTEGER NOT NULL,
    "addressid_ref" TEXT,

    CONSTRAINT "Token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CartItem" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "url" BIGINT,
    "note" JSONB NOT NULL,
    "updatedat_col" REAL NOT NULL,

    CONSTRAINT "CartItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Address" (
    "id" TEXT NOT NULL,
    "code" TIMETZ(1) NOT NULL,
    "body" BYTEA,
    "flags" BIGINT NOT NULL DEFAULT 0,
    "version" BOOLEAN[] DEFAULT ARRAY[true, false]::BOOLEAN[],
    "size" REAL NOT NULL,

    CONSTRAINT "Address_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Token_addressid_ref_idx" ON "Token"("addressid_ref");

-- CreateIndex
CREATE INDEX "token_createdat_1_ix" ON "Token"("createdAt", "addressid_ref");

-- CreateIndex
CREATE UNIQUE INDEX "CartItem_slug_key" ON "CartItem"("slug");

-- CreateIndex
CREATE INDEX "CartItem_url_idx" ON "CartItem"("url" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "CartItem_updatedat_col_slug_key" ON "CartItem"("updatedat_col", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "Address_size_key" ON "Address"("size");

-- AddForeignKey
ALTER TABLE "Token" ADD CONSTRAINT "token_addressid_fk" FOREIGN KEY ("addressid_ref") REFERENCES "Address"("id") ON DELETE SET NULL ON UPDATE CASCADE;
