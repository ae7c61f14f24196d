-- CreateEnum
CREATE TYPE "ItemKind" AS ENUM ('INACTIVE', 'HIGH', 'ARCHIVED', 'LOW');

-- CreateEnum
CREATE TYPE "StoreWithAVeryLongNameThatGoesOnAndOnForTruncationKind" AS ENUM ('ACTIVE', 'Published');

-- CreateTable
CREATE TABLE "Device" (
    "id" SERIAL NOT NULL,
    "ratio" INET NOT NULL DEFAULT '127.0.0.1',
    "data" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Device_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "position" BIGINT NOT NULL,
    "publishedAt" TEXT DEFAULT 'it''s',
    "storeWithAVeryLongNameThatGoesOnAndOnForTruncationKind" "StoreWithAVeryLongNameThatGoesOnAndOnForTruncationKind" DEFAULT 'Published',
    "orderId" BIGINT,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "roles" (
    "id" BIGSERIAL NOT NULL,
    "url" JSON NOT NULL,
    "ratio" TEXT[],
    "orderEmail" TEXT NOT NULL,

    CONSTRAINT "roles_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Order_email_key" ON "Order"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Order_position_key" ON "Order"("position");

-- CreateIndex
CREATE UNIQUE INDEX "order_pair_key" ON "Order"("storeWithAVeryLongNameThatGoesOnAndOnForTruncationKind", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "roles_orderEmail_key" ON "roles"("orderEmail");

-- CreateIndex
CREATE INDEX "roles_orderEmail_idx" ON "roles"("orderEmail");

-- CreateIndex
CREATE INDEX "role_orderemail_1_ix" ON "roles"("orderEmail");

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE RESTRICT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "roles" ADD CONSTRAINT "roles_orderEmail_fkey" FOREIGN KEY ("orderEmail") REFERENCES "Order"("email") ON DELETE CASCADE ON UPDATE CASCADE;
