-- CreateEnum
CREATE TYPE "AddressKind" AS ENUM ('high_value', 'archived_value');

-- CreateEnum
CREATE TYPE "ProductKind" AS ENUM ('ARCHIVED');

-- CreateTable
CREATE TABLE "AuditWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" UUID NOT NULL,
    "count" CHAR NOT NULL,
    "weight_col" TEXT,
    "url" TEXT[],
    "productKind" "ProductKind" NOT NULL DEFAULT 'ARCHIVED',

    CONSTRAINT "AuditWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Refund" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "verified" DECIMAL NOT NULL,
    "meta" JSONB,
    "level" TIMESTAMP(3) NOT NULL,
    "kind" SMALLINT NOT NULL,
    "url" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Refund_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "members" (
    "id" BIGSERIAL NOT NULL,
    "handle" TEXT NOT NULL,
    "count" TIMETZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "verified" REAL NOT NULL DEFAULT -2.25,
    "secret" TEXT NOT NULL,
    "secret2" INTEGER,
    "amount" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "itemTenantId" TEXT,
    "itemNumber" INTEGER,

    CONSTRAINT "members_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Category" (
    "id" SERIAL NOT NULL,
    "expiresAt" BIGINT[],
    "startsAt" JSONB DEFAULT '[]',
    "data" DOUBLE PRECISION,
    "balance_col" BYTEA,
    "color" BIGINT[],
    "startsAt2" INTEGER NOT NULL,
    "productKind" "ProductKind" NOT NULL,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Item" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "rank" JSONB NOT NULL DEFAULT '{"a": 1}',
    "productKind" "ProductKind" NOT NULL,

    CONSTRAINT "item_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Profile" (
    "refundTenantId" TEXT NOT NULL,
    "refundNumber" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("refundTenantId","refundNumber","categoryId")
);

-- CreateIndex
CREATE UNIQUE INDEX "AuditWithAVeryLongNameThatGoesOnAndOnForTruncation_productK_key" ON "AuditWithAVeryLongNameThatGoesOnAndOnForTruncation"("productKind");

-- CreateIndex
CREATE INDEX "AuditWithAVeryLongNameThatGoesOnAndOnForTruncation_count_we_idx" ON "AuditWithAVeryLongNameThatGoesOnAndOnForTruncation"("count", "weight_col");

-- CreateIndex
CREATE INDEX "auditwithaverylongnamethatgoesonandonfor_weight_1_ix" ON "AuditWithAVeryLongNameThatGoesOnAndOnForTruncation"("weight_col");

-- CreateIndex
CREATE INDEX "refund_kind_0_ix" ON "Refund"("kind", "url");

-- CreateIndex
CREATE INDEX "Refund_level_idx" ON "Refund"("level" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "members_handle_key" ON "members"("handle");

-- CreateIndex
CREATE INDEX "members_itemTenantId_itemNumber_idx" ON "members"("itemTenantId", "itemNumber");

-- CreateIndex
CREATE INDEX "members_secret_count_idx" ON "members"("secret", "count");

-- CreateIndex
CREATE INDEX "members_itemNumber_idx" ON "members"("itemNumber");

-- CreateIndex
CREATE INDEX "members_secret_idx" ON "members" USING SPGIST ("secret");

-- CreateIndex
CREATE INDEX "Category_data_idx" ON "Category"("data" DESC);

-- CreateIndex
CREATE INDEX "category_data_1_ix" ON "Category"("data");

-- CreateIndex
CREATE UNIQUE INDEX "Item_slug_key" ON "Item"("slug");

-- CreateIndex
CREATE INDEX "Item_productKind_idx" ON "Item"("productKind");

-- CreateIndex
CREATE INDEX "item_productkind_1_ix" ON "Item"("productKind");

-- AddForeignKey
ALTER TABLE "members" ADD CONSTRAINT "members_itemTenantId_itemNumber_fkey" FOREIGN KEY ("itemTenantId", "itemNumber") REFERENCES "Item"("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Profile" ADD CONSTRAINT "Profile_refundTenantId_refundNumber_fkey" FOREIGN KEY ("refundTenantId", "refundNumber") REFERENCES "Refund"("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Profile" ADD CONSTRAINT "Profile_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
