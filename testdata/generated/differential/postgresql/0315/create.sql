-- CreateEnum
CREATE TYPE "ItemKind" AS ENUM ('INACTIVE', 'DONE');

-- CreateEnum
CREATE TYPE "TicketKind" AS ENUM ('ARCHIVED', 'HIGH', 'Published', 'DONE');

-- CreateTable
CREATE TABLE "Payment" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" INTEGER DEFAULT 42,
    "status" JSON DEFAULT '{}',
    "ratio" REAL[],
    "email" DATE NOT NULL,
    "email2" SMALLINT,
    "itemKind" "ItemKind" NOT NULL,
    "raw" lseg,
    "paymentTenantId" TEXT,
    "paymentNumber" INTEGER,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "label" TIMESTAMP(3) NOT NULL,
    "balance" DOUBLE PRECISION,
    "total" INTEGER,
    "weight" BOOLEAN NOT NULL DEFAULT true,
    "price" DOUBLE PRECISION NOT NULL,
    "score" UUID NOT NULL,
    "raw" tsquery,
    "productId" TEXT,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" SERIAL NOT NULL,
    "startsAt" TEXT,
    "version" BIT(7) NOT NULL,
    "score" SMALLINT NOT NULL DEFAULT 0,
    "updatedAt" UUID[],

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Payment_slug_idx" ON "Payment"("slug" DESC);

-- CreateIndex
CREATE INDEX "Payment_itemKind_idx" ON "Payment"("itemKind");

-- CreateIndex
CREATE UNIQUE INDEX "Product_slug_key" ON "Product"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "product_score_uq" ON "Product"("score");

-- CreateIndex
CREATE INDEX "Product_productId_idx" ON "Product"("productId");

-- CreateIndex
CREATE INDEX "product_productid_0_ix" ON "Product"("productId");

-- CreateIndex
CREATE INDEX "Account_score_idx" ON "Account"("score" DESC);

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_paymentTenantId_paymentNumber_fkey" FOREIGN KEY ("paymentTenantId", "paymentNumber") REFERENCES "Payment"("tenantId", "number") ON DELETE SET DEFAULT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
