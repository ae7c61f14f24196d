-- CreateTable
CREATE TABLE "Coupon" (
    "id" INTEGER NOT NULL,
    "score" BOOLEAN NOT NULL,
    "email" REAL NOT NULL DEFAULT 0,
    "score2" DECIMAL(29,0) DEFAULT 0,
    "email2" JSONB,
    "code" SMALLINT DEFAULT 0,

    CONSTRAINT "Coupon_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Message" (
    "id" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "ratio" VARBIT(4) DEFAULT '1111',
    "hash" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Category" (
    "id" INTEGER NOT NULL,
    "body" TIMESTAMP(3) DEFAULT (now() + '1 day'::interval),
    "count" BOOLEAN DEFAULT true,
    "isActive" TIMESTAMP(3) NOT NULL DEFAULT (now() + '1 day'::interval),
    "rank" DOUBLE PRECISION NOT NULL DEFAULT -2.25,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" BIGSERIAL NOT NULL,
    "size" JSONB DEFAULT '[]',
    "shipmentId" BIGINT NOT NULL,
    "shipmentId2" BIGINT NOT NULL,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment" (
    "id" BIGSERIAL NOT NULL,
    "updatedAt" BIGINT DEFAULT 0,
    "balance" DOUBLE PRECISION,
    "categoryId" INTEGER NOT NULL,

    CONSTRAINT "Shipment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_CategoryToMessage422" (
    "A" INTEGER NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_CategoryToMessage422_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "coupon_score2_0_ix" ON "Coupon"("score2");

-- CreateIndex
CREATE INDEX "Coupon_email_idx" ON "Coupon"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Message_handle_key" ON "Message"("handle");

-- CreateIndex
CREATE INDEX "Message_ratio_idx" ON "Message"("ratio" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Category_rank_key" ON "Category"("rank");

-- CreateIndex
CREATE INDEX "Category_rank_idx" ON "Category"("rank" DESC);

-- CreateIndex
CREATE INDEX "Order_shipmentId_idx" ON "Order"("shipmentId");

-- CreateIndex
CREATE INDEX "Order_shipmentId2_idx" ON "Order"("shipmentId2");

-- CreateIndex
CREATE INDEX "order_shipmentid_0_ix" ON "Order"("shipmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_updatedAt_key" ON "Shipment"("updatedAt");

-- CreateIndex
CREATE INDEX "_CategoryToMessage422_B_index" ON "_CategoryToMessage422"("B");

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "order_shipmentid2_fk" FOREIGN KEY ("shipmentId2") REFERENCES "Shipment"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CategoryToMessage422" ADD CONSTRAINT "_CategoryToMessage422_A_fkey" FOREIGN KEY ("A") REFERENCES "Category"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CategoryToMessage422" ADD CONSTRAINT "_CategoryToMessage422_B_fkey" FOREIGN KEY ("B") REFERENCES "Message"("id") ON DELETE CASCADE ON UPDATE CASCADE;
