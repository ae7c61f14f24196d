-- CreateTable
CREATE TABLE "Refund" (
    "id" SERIAL NOT NULL,
    "ratio" BYTEA NOT NULL,
    "isActive" BIGINT NOT NULL DEFAULT 0,
    "avatar" TIMESTAMP(3) NOT NULL,
    "version" JSON NOT NULL,

    CONSTRAINT "Refund_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "amount" BIGINT NOT NULL DEFAULT 0,
    "color" BYTEA[],

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order_v2" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "total" TEXT NOT NULL,
    "hash" SMALLINT NOT NULL,
    "code" INTEGER NOT NULL,

    CONSTRAINT "Order_v2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouponItem" (
    "id" SERIAL NOT NULL,
    "data" TIMESTAMP(3) NOT NULL,
    "amount" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "CouponItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Refund_isActive_key" ON "Refund"("isActive");

-- CreateIndex
CREATE INDEX "Refund_avatar_idx" ON "Refund" USING HASH ("avatar");

-- CreateIndex
CREATE UNIQUE INDEX "Account_email_key" ON "Account"("email");

-- CreateIndex
CREATE INDEX "Account_amount_idx" ON "Account"("amount");

-- CreateIndex
CREATE UNIQUE INDEX "Order_v2_email_key" ON "Order_v2"("email");

-- CreateIndex
CREATE INDEX "Order_v2_email_idx" ON "Order_v2"("email" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "CouponItem_data_key" ON "CouponItem"("data");
