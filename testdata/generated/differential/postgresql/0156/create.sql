-- CreateEnum
CREATE TYPE "RegionKind" AS ENUM ('Published', 'ARCHIVED', 'draft', 'INACTIVE');

-- CreateEnum
CREATE TYPE "TicketKind" AS ENUM ('pending_value', 'DONE', 'ARCHIVED', 'LOW');

-- CreateTable
CREATE TABLE "Session2" (
    "id" SERIAL NOT NULL,
    "expiresAt" BIGINT[],

    CONSTRAINT "Session2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" INTEGER NOT NULL,
    "level" BYTEA,
    "body" INTEGER NOT NULL,
    "name" JSONB,
    "expiresAt" BYTEA NOT NULL,
    "email" TIMESTAMP(3),
    "meta_col" BIGINT NOT NULL,
    "session2Id" INTEGER NOT NULL,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChannelItem" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "size" OID NOT NULL DEFAULT 96,
    "avatar" BIGINT,
    "avatar2" VARBIT(7) DEFAULT '1111',
    "body" BIGINT NOT NULL DEFAULT 0,
    "balance" TEXT,
    "channelItemSlug" TEXT,

    CONSTRAINT "ChannelItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvoiceWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "ratio" TEXT,
    "title" TEXT[],
    "flags_col" REAL[] DEFAULT ARRAY[1.5]::REAL[],
    "teamId" INTEGER NOT NULL,

    CONSTRAINT "InvoiceWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE INDEX "Team_session2Id_idx" ON "Team"("session2Id");

-- CreateIndex
CREATE UNIQUE INDEX "ChannelItem_slug_key" ON "ChannelItem"("slug");

-- CreateIndex
CREATE INDEX "ChannelItem_channelItemSlug_idx" ON "ChannelItem"("channelItemSlug");

-- CreateIndex
CREATE INDEX "InvoiceWithAVeryLongNameThatGoesOnAndOnForTruncation_teamId_idx" ON "InvoiceWithAVeryLongNameThatGoesOnAndOnForTruncation"("teamId");

-- CreateIndex
CREATE INDEX "invoicewithaverylongnamethatgoesonandonf_ratio_0_ix" ON "InvoiceWithAVeryLongNameThatGoesOnAndOnForTruncation"("ratio");

-- CreateIndex
CREATE INDEX "invoicewithaverylongnamethatgoesonandonf_ratio_1_ix" ON "InvoiceWithAVeryLongNameThatGoesOnAndOnForTruncation"("ratio");

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "team_session2id_fk" FOREIGN KEY ("session2Id") REFERENCES "Session2"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChannelItem" ADD CONSTRAINT "ChannelItem_channelItemSlug_fkey" FOREIGN KEY ("channelItemSlug") REFERENCES "ChannelItem"("slug") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "InvoiceWithAVeryLongNameThatGoesOnAndOnForTruncation" ADD CONSTRAINT "InvoiceWithAVeryLongNameThatGoesOnAndOnForTruncation_teamI_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE NO ACTION ON UPDATE SET DEFAULT;
