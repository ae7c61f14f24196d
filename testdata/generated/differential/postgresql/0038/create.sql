-- CreateEnum
CREATE TYPE "ProfileKind" AS ENUM ('LOW');

-- CreateTable
CREATE TABLE "Cart" (
    "id" UUID NOT NULL,
    "payload" DOUBLE PRECISION NOT NULL,
    "name" VARCHAR,
    "level" BIGINT NOT NULL DEFAULT 1234567890123,
    "kind_col" DECIMAL(65,30),
    "rank" TIMESTAMP(3)[],
    "endsAt" DOUBLE PRECISION NOT NULL,
    "profileKind" "ProfileKind"[] DEFAULT ARRAY['LOW']::"ProfileKind"[],

    CONSTRAINT "Cart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" SERIAL NOT NULL,
    "price" BIGINT,
    "createdAt" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "verified" DECIMAL(65,30) NOT NULL DEFAULT 2.25,
    "profileKind" "ProfileKind" NOT NULL,
    "cartId" UUID NOT NULL,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL,
    "isActive" BIGINT,
    "meta" VARBIT(5) DEFAULT '1111',
    "publishedAt" OID DEFAULT 43,
    "status" DECIMAL(65,30) DEFAULT 0,
    "balance" TEXT NOT NULL,
    "isActive2" BIGINT[],
    "profileKind" "ProfileKind"[] DEFAULT ARRAY['LOW']::"ProfileKind"[],

    CONSTRAINT "comment_primary" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Coupon" (
    "id" TEXT NOT NULL,
    "amount" JSON NOT NULL,

    CONSTRAINT "Coupon_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Cart_endsAt_idx" ON "Cart"("endsAt" DESC);

-- CreateIndex
CREATE INDEX "Cart_name_idx" ON "Cart"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Product_verified_key" ON "Product"("verified");

-- CreateIndex
CREATE INDEX "Comment_meta_idx" ON "Comment"("meta");

-- CreateIndex
CREATE INDEX "Comment_isActive_idx" ON "Comment"("isActive");
