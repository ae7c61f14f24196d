-- CreateTable
CREATE TABLE "Item" (
    "id" TEXT NOT NULL,
    "kind" JSONB,
    "avatar" BOOLEAN,
    "avatar2" TIMESTAMP(3)[],
    "slug" DOUBLE PRECISION DEFAULT 0,
    "url" BYTEA NOT NULL,
    "channelItemTenantId" TEXT NOT NULL,
    "channelItemNumber" INTEGER NOT NULL,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChannelItem" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "publishedAt" OID NOT NULL DEFAULT 49,
    "publishedAt2" BIGINT NOT NULL DEFAULT 1234567890123,
    "verified_col" DECIMAL(65,30) NOT NULL,
    "meta_col" MONEY NOT NULL,
    "data" BIGINT,
    "hash_col" BYTEA NOT NULL,

    CONSTRAINT "ChannelItem_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "accounts" (
    "id" BIGSERIAL NOT NULL,
    "meta_col" JSONB NOT NULL DEFAULT '{}',
    "code" JSONB DEFAULT '{}',
    "accountId" BIGINT,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Role" (
    "id" SERIAL NOT NULL,
    "slug_col" BYTEA NOT NULL,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Item_slug_key" ON "Item"("slug");

-- CreateIndex
CREATE INDEX "Item_channelItemTenantId_channelItemNumber_idx" ON "Item"("channelItemTenantId", "channelItemNumber");

-- CreateIndex
CREATE INDEX "Item_avatar_channelItemNumber_idx" ON "Item"("avatar", "channelItemNumber");

-- CreateIndex
CREATE INDEX "ChannelItem_publishedAt_idx" ON "ChannelItem"("publishedAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "accounts_accountId_key" ON "accounts"("accountId");

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "Item_channelItemTenantId_channelItemNumber_fkey" FOREIGN KEY ("channelItemTenantId", "channelItemNumber") REFERENCES "ChannelItem"("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE CASCADE;
