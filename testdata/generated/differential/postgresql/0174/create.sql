-- CreateEnum
CREATE TYPE "tokenkind_type" AS ENUM ('high_value', 'DONE', 'draft');

-- CreateEnum
CREATE TYPE "ProductKind" AS ENUM ('high_value');

-- CreateTable
CREATE TABLE "Rating" (
    "id" BIGSERIAL NOT NULL,
    "data" DECIMAL(65,30) DEFAULT 0,
    "body" INTEGER NOT NULL,
    "productKind" "ProductKind" DEFAULT 'high_value',
    "orderId" INTEGER,

    CONSTRAINT "Rating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" INTEGER NOT NULL,
    "status" BIGINT[],
    "label" DECIMAL(65,30) NOT NULL DEFAULT 2.25,
    "updatedAt" INTEGER NOT NULL,
    "rank" BOOLEAN DEFAULT false,
    "raw" polygon,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Rating_orderId_idx" ON "Rating"("orderId");

-- CreateIndex
CREATE INDEX "rating_orderid_0_ix" ON "Rating"("orderId");

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "rating_orderid_fk" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE SET NULL ON UPDATE CASCADE;
