-- CreateEnum
CREATE TYPE "addresskind_type" AS ENUM ('LOW', 'active_value', 'HIGH', 'pending_value');

-- CreateTable
CREATE TABLE "CategoryLink" (
    "id" INTEGER NOT NULL,
    "title" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "label" TEXT,
    "body_col" JSONB,
    "color" TIMESTAMP(3) NOT NULL DEFAULT now(),

    CONSTRAINT "CategoryLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "code" BOOLEAN NOT NULL,
    "size_col" TEXT NOT NULL,
    "version" DOUBLE PRECISION DEFAULT 0,
    "addressKind" "addresskind_type",
    "messageTenantId" TEXT NOT NULL,
    "messageNumber" INTEGER NOT NULL,
    "tagId" INTEGER,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "channels" (
    "id" TEXT NOT NULL,
    "note" BIGINT,
    "status" TIMESTAMP(3) NOT NULL,
    "tagId" INTEGER,

    CONSTRAINT "channels_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Message" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "secret" TIMESTAMP(3),
    "kind" TIMESTAMPTZ,
    "label" JSONB NOT NULL DEFAULT '[]',
    "avatar" TEXT,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "_ChannelToTag" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_ChannelToTag_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "CategoryLink_color_key" ON "CategoryLink"("color");

-- CreateIndex
CREATE INDEX "CategoryLink_title_idx" ON "CategoryLink"("title");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_slug_key" ON "Tag"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_version_key" ON "Tag"("version");

-- CreateIndex
CREATE INDEX "Tag_messageTenantId_messageNumber_idx" ON "Tag"("messageTenantId", "messageNumber");

-- CreateIndex
CREATE INDEX "channels_tagId_idx" ON "channels"("tagId" DESC);

-- CreateIndex
CREATE INDEX "channels_id_idx" ON "channels" USING SPGIST ("id");

-- CreateIndex
CREATE UNIQUE INDEX "message_pair_key" ON "Message"("secret", "kind");

-- CreateIndex
CREATE INDEX "_ChannelToTag_B_index" ON "_ChannelToTag"("B");

-- AddForeignKey
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_messageTenantId_messageNumber_fkey" FOREIGN KEY ("messageTenantId", "messageNumber") REFERENCES "Message"("tenantId", "number") ON DELETE CASCADE ON UPDATE SET DEFAULT;

-- AddForeignKey
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "channels" ADD CONSTRAINT "channels_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ChannelToTag" ADD CONSTRAINT "_ChannelToTag_A_fkey" FOREIGN KEY ("A") REFERENCES "channels"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ChannelToTag" ADD CONSTRAINT "_ChannelToTag_B_fkey" FOREIGN KEY ("B") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;
