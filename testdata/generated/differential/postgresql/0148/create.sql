-- CreateTable
CREATE TABLE "Cart" (
    "id" TEXT NOT NULL,
    "startsat_col" TIMETZ DEFAULT CURRENT_TIMESTAMP,
    "flags" INTEGER[],
    "weight" BYTEA NOT NULL,
    "cartId" TEXT,
    "cartId2" TEXT,

    CONSTRAINT "Cart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Device" (
    "id" BIGSERIAL NOT NULL,
    "kind" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "verified" TIMESTAMP(3) DEFAULT now(),
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deviceId" BIGINT,

    CONSTRAINT "Device_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Cart_cartId2_idx" ON "Cart"("cartId2");

-- AddForeignKey
ALTER TABLE "Cart" ADD CONSTRAINT "Cart_cartId_fkey" FOREIGN KEY ("cartId") REFERENCES "Cart"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cart" ADD CONSTRAINT "Cart_cartId2_fkey" FOREIGN KEY ("cartId2") REFERENCES "Cart"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device" ADD CONSTRAINT "Device_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "Device"("id") ON DELETE CASCADE ON UPDATE CASCADE;
