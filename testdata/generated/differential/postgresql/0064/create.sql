-- CreateEnum
CREATE TYPE "eventkind_type" AS ENUM ('DONE', 'LOW');

-- CreateEnum
CREATE TYPE "RoleHistoryKind" AS ENUM ('DONE', 'PENDING');

-- CreateTable
CREATE TABLE "TaskEntry" (
    "id" UUID NOT NULL,
    "handle" TEXT NOT NULL,
    "endsAt" BIGINT NOT NULL DEFAULT 0,
    "title" TIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rank" BIGINT,
    "taskEntryId" UUID,

    CONSTRAINT "TaskEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cart" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "body" INTEGER NOT NULL DEFAULT -7,
    "payload" DATE NOT NULL,
    "total" JSONB,
    "startsat_col" BIGINT NOT NULL,
    "secret" TIMESTAMP(3)[],

    CONSTRAINT "Cart_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Product" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "label" BIT NOT NULL,
    "size" BIGINT NOT NULL,
    "email" DOUBLE PRECISION NOT NULL,
    "slug_col" BYTEA NOT NULL,
    "raw" polygon,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Token" (
    "id" SERIAL NOT NULL,
    "status" JSON DEFAULT '{"a": 1}',
    "avatar" JSONB,
    "payload_col" TIMESTAMPTZ,
    "meta_col" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "hash" TIMETZ(3),
    "eventKind" "eventkind_type"[] DEFAULT ARRAY['DONE']::"eventkind_type"[],

    CONSTRAINT "Token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Device" (
    "id" SMALLSERIAL NOT NULL,
    "createdAt" TEXT,
    "expiresAt" BYTEA NOT NULL,
    "size" CHAR(21) NOT NULL,
    "productTenantId" TEXT,
    "productNumber" INTEGER,

    CONSTRAINT "Device_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_DeviceToToken" (
    "A" SMALLINT NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_DeviceToToken_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "TaskEntry_handle_key" ON "TaskEntry"("handle");

-- CreateIndex
CREATE INDEX "TaskEntry_rank_endsAt_idx" ON "TaskEntry"("rank", "endsAt");

-- CreateIndex
CREATE INDEX "TaskEntry_handle_idx" ON "TaskEntry" USING SPGIST ("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Cart_email_key" ON "Cart"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Cart_startsat_col_key" ON "Cart"("startsat_col");

-- CreateIndex
CREATE INDEX "Cart_body_idx" ON "Cart"("body");

-- CreateIndex
CREATE INDEX "Cart_startsat_col_payload_idx" ON "Cart"("startsat_col" DESC, "payload");

-- CreateIndex
CREATE INDEX "Cart_tenantId_idx" ON "Cart" USING SPGIST ("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "Product_label_key" ON "Product"("label" DESC);

-- CreateIndex
CREATE INDEX "Product_size_idx" ON "Product"("size");

-- CreateIndex
CREATE INDEX "product_size_1_ix" ON "Product"("size" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "token_pair_key" ON "Token"("hash", "payload_col");

-- CreateIndex
CREATE INDEX "Device_productNumber_idx" ON "Device"("productNumber");

-- CreateIndex
CREATE INDEX "Device_createdAt_idx" ON "Device" USING SPGIST ("createdAt");

-- CreateIndex
CREATE INDEX "_DeviceToToken_B_index" ON "_DeviceToToken"("B");

-- AddForeignKey
ALTER TABLE "TaskEntry" ADD CONSTRAINT "TaskEntry_taskEntryId_fkey" FOREIGN KEY ("taskEntryId") REFERENCES "TaskEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device" ADD CONSTRAINT "Device_productTenantId_productNumber_fkey" FOREIGN KEY ("productTenantId", "productNumber") REFERENCES "Product"("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DeviceToToken" ADD CONSTRAINT "_DeviceToToken_A_fkey" FOREIGN KEY ("A") REFERENCES "Device"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DeviceToToken" ADD CONSTRAINT "_DeviceToToken_B_fkey" FOREIGN KEY ("B") REFERENCES "Token"("id") ON DELETE CASCADE ON UPDATE CASCADE;
