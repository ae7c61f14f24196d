-- CreateTable
CREATE TABLE "Cart" (
    "id" SERIAL NOT NULL,
    "version" BOOLEAN NOT NULL,
    "size" BIT NOT NULL,
    "payload" DECIMAL(65,30) NOT NULL DEFAULT 1.5,
    "title" BIGINT[],
    "name" JSONB NOT NULL DEFAULT '{"a": 1}',
    "cartId" INTEGER,
    "cartId2" INTEGER,

    CONSTRAINT "Cart_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Cart_cartId2_key" ON "Cart"("cartId2");

-- CreateIndex
CREATE INDEX "Cart_cartId_idx" ON "Cart"("cartId");

-- CreateIndex
CREATE INDEX "Cart_version_cartId_idx" ON "Cart"("version", "cartId");

-- CreateIndex
CREATE INDEX "Cart_size_idx" ON "Cart"("size");

-- AddForeignKey
ALTER TABLE "Cart" ADD CONSTRAINT "Cart_cartId_fkey" FOREIGN KEY ("cartId") REFERENCES "Cart"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cart" ADD CONSTRAINT "Cart_cartId2_fkey" FOREIGN KEY ("cartId2") REFERENCES "Cart"("id") ON DELETE SET NULL ON UPDATE CASCADE;
