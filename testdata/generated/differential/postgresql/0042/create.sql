-- CreateTable
CREATE TABLE "AddressLink" (
    "id" BIGSERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TIMESTAMP(3) NOT NULL,
    "score" INTEGER[] DEFAULT ARRAY[1, 2, 3]::INTEGER[],
    "secret" JSONB DEFAULT '[]',
    "cartTenantId" TEXT,
    "cartNumber" INTEGER,

    CONSTRAINT "AddressLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cart" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "color" INTEGER[],
    "url_col" DOUBLE PRECISION DEFAULT 1.5,
    "code_col" INTEGER NOT NULL,
    "payload" INET[],
    "refundId" SMALLINT,

    CONSTRAINT "Cart_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Refund" (
    "id" SMALLSERIAL NOT NULL,
    "endsAt" OID,

    CONSTRAINT "Refund_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AddressLink_slug_key" ON "AddressLink"("slug");

-- CreateIndex
CREATE INDEX "AddressLink_name_idx" ON "AddressLink" USING HASH ("name");

-- CreateIndex
CREATE INDEX "AddressLink_score_idx" ON "AddressLink" USING GIN ("score");

-- CreateIndex
CREATE UNIQUE INDEX "Cart_handle_key" ON "Cart"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Cart_refundId_key" ON "Cart"("refundId");

-- CreateIndex
CREATE INDEX "Cart_code_col_idx" ON "Cart"("code_col");

-- AddForeignKey
ALTER TABLE "AddressLink" ADD CONSTRAINT "AddressLink_cartTenantId_cartNumber_fkey" FOREIGN KEY ("cartTenantId", "cartNumber") REFERENCES "Cart"("tenantId", "number") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Cart" ADD CONSTRAINT "Cart_refundId_fkey" FOREIGN KEY ("refundId") REFERENCES "Refund"("id") ON DELETE SET NULL ON UPDATE CASCADE;
