-- CreateTable
CREATE TABLE "Region" (
    "id" BIGSERIAL NOT NULL,
    "kind" BYTEA,
    "verified" JSONB NOT NULL,
    "endsAt" REAL DEFAULT 0,
    "note" OID[] DEFAULT ARRAY[]::OID[],
    "createdAt" BOOLEAN,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChannelLink" (
    "id" TEXT NOT NULL,
    "createdAt" TEXT NOT NULL,
    "hash" BIGINT NOT NULL,
    "name" CHAR[] DEFAULT ARRAY[]::CHAR[],
    "count" BIGINT NOT NULL,
    "balance" BYTEA NOT NULL,

    CONSTRAINT "ChannelLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tickets" (
    "ticket_id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "isActive" CHAR(35),

    CONSTRAINT "tickets_pkey" PRIMARY KEY ("ticket_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Region_createdAt_key" ON "Region"("createdAt");

-- CreateIndex
CREATE INDEX "Region_verified_idx" ON "Region" USING GIN ("verified" jsonb_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Region_createdAt_endsAt_key" ON "Region"("createdAt", "endsAt");

-- CreateIndex
CREATE INDEX "channellink_createdat_0_ix" ON "ChannelLink"("createdAt", "count");

-- CreateIndex
CREATE INDEX "ChannelLink_createdAt_idx" ON "ChannelLink" USING HASH ("createdAt");

-- CreateIndex
CREATE INDEX "ChannelLink_id_idx" ON "ChannelLink" USING SPGIST ("id");

-- CreateIndex
CREATE UNIQUE INDEX "tickets_slug_key" ON "tickets"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "tickets_isActive_key" ON "tickets"("isActive");
