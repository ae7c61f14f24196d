-- CreateTable
CREATE TABLE "Store" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "avatar" JSON NOT NULL,
    "storeTenantId" TEXT,
    "storeNumber" INTEGER,

    CONSTRAINT "Store_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" BIGSERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" JSONB DEFAULT '{"a": 1}',
    "price" TIMESTAMP(3),
    "secret" DECIMAL(65,30) NOT NULL DEFAULT 1.5,
    "isActive" BIGINT,
    "data" INTEGER DEFAULT -7,
    "status" INET,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Category" (
    "id" TEXT NOT NULL,
    "hash" DECIMAL(65,30) NOT NULL,
    "name" BIGINT NOT NULL DEFAULT 0,
    "position" BOOLEAN DEFAULT false,

    CONSTRAINT "category_primary" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Audit" (
    "id" TEXT NOT NULL,
    "price" BYTEA,

    CONSTRAINT "Audit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Store_storeNumber_storeTenantId_idx" ON "Store"("storeNumber", "storeTenantId");

-- CreateIndex
CREATE INDEX "Store_storeTenantId_idx" ON "Store"("storeTenantId");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_slug_key" ON "Payment"("slug");

-- CreateIndex
CREATE INDEX "Payment_secret_idx" ON "Payment"("secret" DESC);

-- CreateIndex
CREATE INDEX "payment_price_1_ix" ON "Payment"("price" DESC);

-- CreateIndex
CREATE INDEX "Category_position_idx" ON "Category"("position" DESC);

-- CreateIndex
CREATE INDEX "Category_hash_idx" ON "Category"("hash");

-- CreateIndex
CREATE INDEX "Audit_id_idx" ON "Audit" USING SPGIST ("id");

-- AddForeignKey
ALTER TABLE "Store" ADD CONSTRAINT "Store_storeTenantId_storeNumber_fkey" FOREIGN KEY ("storeTenantId", "storeNumber") REFERENCES "Store"("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE;
