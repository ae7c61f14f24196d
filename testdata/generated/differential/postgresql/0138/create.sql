-- CreateEnum
CREATE TYPE "MemberKind" AS ENUM ('INACTIVE');

-- CreateTable
CREATE TABLE "Role" (
    "id" UUID NOT NULL,
    "startsat_col" DECIMAL(10,1),
    "price" DECIMAL(65,30) NOT NULL DEFAULT 0,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Price" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "url" DECIMAL,
    "expiresAt" JSON NOT NULL DEFAULT '{}',
    "endsAt" BYTEA NOT NULL,
    "balance" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" REAL,
    "memberKind" "MemberKind" NOT NULL DEFAULT 'INACTIVE',

    CONSTRAINT "Price_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Store" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "avatar" INET NOT NULL,
    "kind" TIMESTAMPTZ NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "memberKind" "MemberKind" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Store_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Price_email_key" ON "Price"("email");

-- CreateIndex
CREATE UNIQUE INDEX "price_balance_uq" ON "Price"("balance");

-- CreateIndex
CREATE INDEX "Price_url_idx" ON "Price"("url" DESC);

-- CreateIndex
CREATE INDEX "price_url_1_ix" ON "Price"("url");

-- CreateIndex
CREATE UNIQUE INDEX "Store_slug_key" ON "Store"("slug");

-- CreateIndex
CREATE INDEX "store_memberkind_0_ix" ON "Store"("memberKind");

-- CreateIndex
CREATE INDEX "Store_slug_idx" ON "Store" USING SPGIST ("slug");
