-- CreateEnum
CREATE TYPE "RoleKind" AS ENUM ('LOW');

-- CreateTable
CREATE TABLE "sessions" (
    "id" SERIAL NOT NULL,
    "body" TIMESTAMP(3)[],
    "balance" DECIMAL(65,30) DEFAULT 0,
    "secret_col" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Store" (
    "id" INTEGER NOT NULL,
    "version" DOUBLE PRECISION DEFAULT -2.25,
    "flags" TIMESTAMP(3) NOT NULL,
    "total" TIMESTAMP,
    "price" JSON NOT NULL DEFAULT '{"a": 1}',
    "count" DOUBLE PRECISION DEFAULT 0,
    "raw" lseg,

    CONSTRAINT "Store_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "sessions_secret_col_balance_key" ON "sessions"("secret_col", "balance");

-- CreateIndex
CREATE INDEX "store_count_0_ix" ON "Store"("count");

-- CreateIndex
CREATE INDEX "Store_count_total_idx" ON "Store"("count" DESC, "total");

-- CreateIndex
CREATE UNIQUE INDEX "Store_total_count_key" ON "Store"("total", "count");
