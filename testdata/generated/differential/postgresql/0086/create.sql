-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "billing";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- CreateTable
CREATE TABLE "Folder" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" SMALLINT NOT NULL,
    "rank" TIMESTAMPTZ[],
    "updatedAt" INTEGER NOT NULL,
    "channelTenantId" TEXT,
    "channelNumber" INTEGER,

    CONSTRAINT "Folder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "billing"."Channel" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "position" INTEGER[],
    "code" TEXT NOT NULL,
    "folderId" UUID,
    "storeTenantId" TEXT NOT NULL,
    "storeNumber" INTEGER NOT NULL,

    CONSTRAINT "Channel_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "FolderHistory" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "color" TIMESTAMP(3) NOT NULL,
    "balance" TIMESTAMP(3) DEFAULT (now() + '1 day'::interval),
    "kind" UUID DEFAULT '8b0f2c1e-7a3d-4c55-9b1a-2f6e7d8c9a0b',
    "code" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" DOUBLE PRECISION[] DEFAULT ARRAY[1.5]::DOUBLE PRECISION[],
    "flags" BOOLEAN[],
    "raw" point,

    CONSTRAINT "folderhistory_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "billing"."Store" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "level" BYTEA NOT NULL,
    "total" DECIMAL(65,30) NOT NULL DEFAULT 2.25,
    "expiresAt" SMALLINT NOT NULL,
    "code" DECIMAL(27,5) NOT NULL DEFAULT 2.25,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "storeTenantId" TEXT,
    "storeNumber" INTEGER,

    CONSTRAINT "Store_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE INDEX "Folder_kind_idx" ON "Folder"("kind");

-- CreateIndex
CREATE INDEX "Channel_folderId_idx" ON "billing"."Channel"("folderId");

-- CreateIndex
CREATE INDEX "Channel_storeNumber_idx" ON "billing"."Channel"("storeNumber" DESC);

-- CreateIndex
CREATE INDEX "channel_folderid_1_ix" ON "billing"."Channel"("folderId" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "FolderHistory_balance_key" ON "FolderHistory"("balance");

-- AddForeignKey
ALTER TABLE "Folder" ADD CONSTRAINT "Folder_channelTenantId_channelNumber_fkey" FOREIGN KEY ("channelTenantId", "channelNumber") REFERENCES "billing"."Channel"("tenantId", "number") ON DELETE NO ACTION ON UPDATE SET DEFAULT;

-- AddForeignKey
ALTER TABLE "billing"."Channel" ADD CONSTRAINT "Channel_folderId_fkey" FOREIGN KEY ("folderId") REFERENCES "Folder"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "billing"."Channel" ADD CONSTRAINT "Channel_storeTenantId_storeNumber_fkey" FOREIGN KEY ("storeTenantId", "storeNumber") REFERENCES "billing"."Store"("tenantId", "number") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "billing"."Store" ADD CONSTRAINT "store_storetenantid_fk" FOREIGN KEY ("storeTenantId", "storeNumber") REFERENCES "billing"."Store"("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE;
