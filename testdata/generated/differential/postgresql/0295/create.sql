-- CreateTable
CREATE TABLE "Order" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "rank" DECIMAL(23,0) NOT NULL,
    "startsAt" BOOLEAN[],
    "price" BOOLEAN DEFAULT false,
    "weight_col" BIGINT[],
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "orderTenantId" TEXT,
    "orderNumber" INTEGER,
    "orderTenantId2" TEXT,
    "orderNumber2" INTEGER,

    CONSTRAINT "order_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE INDEX "Order_orderTenantId_orderNumber_idx" ON "Order"("orderTenantId", "orderNumber");

-- CreateIndex
CREATE INDEX "order_rank_0_ix" ON "Order"("rank" DESC);

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_orderTenantId_orderNumber_fkey" FOREIGN KEY ("orderTenantId", "orderNumber") REFERENCES "Order"("tenantId", "number") ON DELETE SET DEFAULT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_orderTenantId2_orderNumber2_fkey" FOREIGN KEY ("orderTenantId2", "orderNumber2") REFERENCES "Order"("tenantId", "number") ON DELETE SET DEFAULT ON UPDATE CASCADE;
