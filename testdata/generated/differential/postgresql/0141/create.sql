-- CreateEnum
CREATE TYPE "TeamKind" AS ENUM ('done_value', 'HIGH');

-- CreateTable
CREATE TABLE "ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" BIGSERIAL NOT NULL,
    "total" BIGINT NOT NULL DEFAULT 0,
    "version" DECIMAL(65,30) NOT NULL DEFAULT 2.25,
    "verified" BIGINT NOT NULL DEFAULT 0,
    "teamKind" "TeamKind"[] DEFAULT ARRAY['done_value']::"TeamKind"[],

    CONSTRAINT "ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommentWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" SERIAL NOT NULL,
    "createdAt" JSONB NOT NULL,
    "hash" REAL NOT NULL,
    "avatar" BIGINT DEFAULT 0,
    "body" INTEGER[],
    "name" INTEGER DEFAULT 0,
    "level" JSONB,
    "teamKind" "TeamKind"[],

    CONSTRAINT "CommentWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Item" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "code" BOOLEAN,
    "teamKind" "TeamKind" NOT NULL DEFAULT 'done_value',
    "channelId" BIGINT,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Note" (
    "id" TEXT NOT NULL,
    "color" MONEY,
    "position" BOOLEAN,
    "verified" TIMESTAMP(3),
    "code_col" TIMESTAMP(3),
    "data" INTEGER NOT NULL,
    "teamKind" "TeamKind" NOT NULL DEFAULT 'done_value',
    "commentId" INTEGER NOT NULL,

    CONSTRAINT "Note_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation_verifi_key" ON "ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation"("verified");

-- CreateIndex
CREATE INDEX "ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation_verifi_idx" ON "ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation"("verified", "version");

-- CreateIndex
CREATE INDEX "channelwithaverylongnamethatgoesonandonf_verified_1_ix" ON "ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation"("verified" DESC);

-- CreateIndex
CREATE INDEX "CommentWithAVeryLongNameThatGoesOnAndOnForTruncation_create_idx" ON "CommentWithAVeryLongNameThatGoesOnAndOnForTruncation" USING GIN ("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Item_handle_key" ON "Item"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Item_code_key" ON "Item"("code");

-- CreateIndex
CREATE INDEX "Item_channelId_idx" ON "Item"("channelId" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Note_data_key" ON "Note"("data");

-- CreateIndex
CREATE INDEX "Note_verified_idx" ON "Note" USING HASH ("verified");

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "Item_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Note" ADD CONSTRAINT "Note_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "CommentWithAVeryLongNameThatGoesOnAndOnForTruncation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
