-- CreateTable
CREATE TABLE "products" (
    "id" TEXT NOT NULL,
    "label" TIMESTAMP(3),
    "slug" BOOLEAN,
    "price" TIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "size" SMALLINT NOT NULL DEFAULT 42,
    "weight" JSONB NOT NULL,
    "productId" TEXT,

    CONSTRAINT "products_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Note" (
    "id" SMALLSERIAL NOT NULL,
    "label" DOUBLE PRECISION NOT NULL DEFAULT -2.25,
    "weight" CHAR(37) NOT NULL,
    "body" DATE DEFAULT CURRENT_TIMESTAMP,
    "price" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "secret" BIT NOT NULL,
    "flags" TIMESTAMPTZ(3) DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "accounts" (
    "id" TEXT NOT NULL,
    "status" TEXT[],
    "noteId" SMALLINT,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "avatar" INTEGER NOT NULL DEFAULT -7,
    "hash" TIMETZ NOT NULL,
    "hash2" BYTEA,

    CONSTRAINT "PaymentWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Coupon" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "payload" BOOLEAN NOT NULL,
    "secret" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "position" DOUBLE PRECISION NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "couponTenantId" TEXT,
    "couponNumber" INTEGER,

    CONSTRAINT "Coupon_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE INDEX "products_price_slug_idx" ON "products"("price" DESC, "slug");

-- CreateIndex
CREATE INDEX "products_size_idx" ON "products"("size");

-- CreateIndex
CREATE UNIQUE INDEX "Note_label_key" ON "Note"("label");

-- CreateIndex
CREATE INDEX "Note_body_weight_idx" ON "Note"("body", "weight");

-- CreateIndex
CREATE INDEX "Note_flags_idx" ON "Note" USING HASH ("flags");

-- CreateIndex
CREATE INDEX "accounts_noteId_idx" ON "accounts"("noteId" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "PaymentWithAVeryLongNameThatGoesOnAndOnForTruncation_hash_key" ON "PaymentWithAVeryLongNameThatGoesOnAndOnForTruncation"("hash");

-- CreateIndex
CREATE INDEX "Coupon_couponTenantId_couponNumber_idx" ON "Coupon"("couponTenantId", "couponNumber");

-- CreateIndex
CREATE INDEX "Coupon_couponTenantId_secret_idx" ON "Coupon"("couponTenantId", "secret");

-- CreateIndex
CREATE INDEX "Coupon_tenantId_idx" ON "Coupon" USING SPGIST ("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "coupon_pair_key" ON "Coupon"("secret", "payload");

-- AddForeignKey
ALTER TABLE "products" ADD CONSTRAINT "products_productId_fkey" FOREIGN KEY ("productId") REFERENCES "products"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "Note"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Coupon" ADD CONSTRAINT "Coupon_couponTenantId_couponNumber_fkey" FOREIGN KEY ("couponTenantId", "couponNumber") REFERENCES "Coupon"("tenantId", "number") ON DELETE SET NULL ON UPDATE RESTRICT;
