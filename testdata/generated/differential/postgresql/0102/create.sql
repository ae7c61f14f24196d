-- CreateEnum
CREATE TYPE "memberkind_type" AS ENUM ('archived_value', 'inactive_value');

-- CreateEnum
CREATE TYPE "PaymentKind" AS ENUM ('PENDING', 'ARCHIVED');

-- CreateTable
CREATE TABLE "Token" (
    "id" SERIAL NOT NULL,
    "slug" BOOLEAN,
    "score" DOUBLE PRECISION,
    "size" BOOLEAN NOT NULL,
    "hash" BOOLEAN NOT NULL,
    "code" INTEGER NOT NULL DEFAULT 0,
    "avatar" BYTEA NOT NULL,
    "paymentKind" "PaymentKind" NOT NULL DEFAULT 'ARCHIVED',
    "tokenId" INTEGER,
    "tokenId2" INTEGER,

    CONSTRAINT "Token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Price" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "isActive" TEXT NOT NULL,
    "avatar" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "memberKind" "memberkind_type"[] DEFAULT ARRAY['archived_value']::"memberkind_type"[],
    "regionId" INTEGER,
    "reviewId" INTEGER NOT NULL,

    CONSTRAINT "Price_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Review" (
    "id" INTEGER NOT NULL,
    "price" SMALLINT[] DEFAULT ARRAY[]::SMALLINT[],
    "memberKind" "memberkind_type" NOT NULL DEFAULT 'archived_value',
    "reviewId" INTEGER,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "isActive" BOOLEAN NOT NULL,
    "endsAt" INTEGER,
    "score" BOOLEAN[],
    "color" BIGINT NOT NULL,
    "endsAt2" TEXT[],
    "count" DECIMAL NOT NULL DEFAULT 0,
    "paymentKind" "PaymentKind" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Region" (
    "id" SERIAL NOT NULL,
    "url_col" INTEGER,
    "raw" macaddr,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Token_score_key" ON "Token"("score");

-- CreateIndex
CREATE INDEX "Token_tokenId_idx" ON "Token"("tokenId");

-- CreateIndex
CREATE UNIQUE INDEX "Price_isActive_key" ON "Price"("isActive");

-- CreateIndex
CREATE UNIQUE INDEX "Price_reviewId_key" ON "Price"("reviewId");

-- CreateIndex
CREATE INDEX "Price_regionId_idx" ON "Price"("regionId");

-- CreateIndex
CREATE INDEX "price_regionid_0_ix" ON "Price"("regionId");

-- CreateIndex
CREATE INDEX "price_regionid_1_ix" ON "Price"("regionId" DESC);

-- CreateIndex
CREATE INDEX "review_reviewid_0_ix" ON "Review"("reviewId");

-- CreateIndex
CREATE INDEX "review_reviewid_1_ix" ON "Review"("reviewId" DESC);

-- CreateIndex
CREATE INDEX "Comment_isActive_idx" ON "Comment"("isActive");

-- CreateIndex
CREATE INDEX "Comment_color_idx" ON "Comment"("color");

-- CreateIndex
CREATE INDEX "Region_url_col_idx" ON "Region"("url_col");

-- CreateIndex
CREATE INDEX "region_url_1_ix" ON "Region"("url_col");

-- AddForeignKey
ALTER TABLE "Token" ADD CONSTRAINT "Token_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "Token"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Token" ADD CONSTRAINT "Token_tokenId2_fkey" FOREIGN KEY ("tokenId2") REFERENCES "Token"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Price" ADD CONSTRAINT "Price_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Price" ADD CONSTRAINT "Price_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE SET NULL ON UPDATE CASCADE;
