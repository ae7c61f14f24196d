-- CreateEnum
CREATE TYPE "TicketKind" AS ENUM ('PENDING');

-- CreateEnum
CREATE TYPE "RegionKind" AS ENUM ('draft_value', 'ARCHIVED');

-- CreateTable
CREATE TABLE "Folder" (
    "id" BIGSERIAL NOT NULL,
    "weight" SMALLINT NOT NULL,
    "slug" DECIMAL NOT NULL DEFAULT 0,
    "title_col" DOUBLE PRECISION[] DEFAULT ARRAY[1.5]::DOUBLE PRECISION[],
    "balance" TIMESTAMP(3),
    "total" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "Folder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "ratio" TIMESTAMP(3) NOT NULL,
    "createdAt" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "Cart" (
    "cart_id" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "balance" TIMESTAMP(3) NOT NULL,
    "position" JSON NOT NULL,

    CONSTRAINT "Cart_pkey" PRIMARY KEY ("cart_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Order_handle_key" ON "Order"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Order_ratio_key" ON "Order"("ratio");

-- CreateIndex
CREATE INDEX "order_createdat_0_ix" ON "Order"("createdAt", "ratio");

-- CreateIndex
CREATE INDEX "Order_ratio_idx" ON "Order"("ratio");

-- CreateIndex
CREATE INDEX "Cart_balance_idx" ON "Cart"("balance");
