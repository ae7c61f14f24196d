-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "app";

-- CreateTable
CREATE TABLE "app"."ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "amount" DOUBLE PRECISION,
    "code" BYTEA[],
    "score" JSONB NOT NULL DEFAULT '{}',
    "data" TIMESTAMP(3) DEFAULT '2024-01-02 03:04:05 +00:00',
    "publishedAt" INTEGER NOT NULL DEFAULT 0,
    "channelId" INTEGER,
    "channelId2" INTEGER,

    CONSTRAINT "ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation_email_key" ON "app"."ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation"("email");

-- CreateIndex
CREATE UNIQUE INDEX "channelwithaverylongnamethatgoesonandonf_channelid_one" ON "app"."ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation"("channelId");

-- CreateIndex
CREATE INDEX "ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation_channe_idx" ON "app"."ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation"("channelId2");

-- CreateIndex
CREATE INDEX "channelwithaverylongnamethatgoesonandonf_channelid_0_ix" ON "app"."ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation"("channelId");

-- AddForeignKey
ALTER TABLE "app"."ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation" ADD CONSTRAINT "ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation_chann_fkey" FOREIGN KEY ("channelId") REFERENCES "app"."ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app"."ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation" ADD CONSTRAINT "channelwithaverylongnamethatgoesonandonf_channelid2_fk" FOREIGN KEY ("channelId2") REFERENCES "app"."ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation"("id") ON DELETE SET NULL ON UPDATE CASCADE;
