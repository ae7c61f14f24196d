-- CreateEnum
CREATE TYPE "RatingKind" AS ENUM ('Published');

-- CreateEnum
CREATE TYPE "RoleKind" AS ENUM ('ARCHIVED', 'ACTIVE', 'DONE', 'LOW');

-- CreateTable
CREATE TABLE "Product" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "balance" TEXT NOT NULL,
    "ratingKind" "RatingKind" NOT NULL,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cart" (
    "id" SERIAL NOT NULL,
    "handle" TEXT NOT NULL,
    "price" DECIMAL(65,30) NOT NULL,
    "hash" TIMESTAMP(3)[],
    "endsAt" BIGINT NOT NULL,
    "hash2" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "meta" BYTEA NOT NULL,
    "endsAt2" CHAR NOT NULL,
    "ratingKind" "RatingKind" NOT NULL DEFAULT 'Published',

    CONSTRAINT "Cart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Refund" (
    "id" SERIAL NOT NULL,
    "handle" TEXT NOT NULL,
    "name" BIGINT NOT NULL DEFAULT 1234567890123,
    "version" DOUBLE PRECISION[] DEFAULT ARRAY[1.5]::DOUBLE PRECISION[],
    "data" DECIMAL(65,30) NOT NULL DEFAULT 1.5,
    "expiresAt" INTEGER NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "count" DECIMAL NOT NULL,
    "roleKind" "RoleKind" NOT NULL,

    CONSTRAINT "Refund_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Product_ratingKind_idx" ON "Product"("ratingKind");

-- CreateIndex
CREATE INDEX "product_ratingkind_1_ix" ON "Product"("ratingKind");

-- CreateIndex
CREATE UNIQUE INDEX "Product_balance_ratingKind_key" ON "Product"("balance", "ratingKind");

-- CreateIndex
CREATE UNIQUE INDEX "Cart_handle_key" ON "Cart"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "cart_endsat2_uq" ON "Cart"("endsAt2");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_handle_key" ON "Refund"("handle");

-- CreateIndex
CREATE INDEX "Refund_roleKind_idx" ON "Refund"("roleKind" DESC);
