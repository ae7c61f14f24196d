-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "auth";

-- CreateEnum
CREATE TYPE "ShipmentKind" AS ENUM ('LOW', 'INACTIVE', 'Published', 'active_value');

-- CreateTable
CREATE TABLE "Tag" (
    "id" SMALLSERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "data" MONEY NOT NULL,
    "email_col" JSONB NOT NULL,
    "shipmentKind" "ShipmentKind",

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth"."Message" (
    "id" UUID NOT NULL,
    "size_col" BIGINT[],
    "body" DOUBLE PRECISION[] DEFAULT ARRAY[1.5]::DOUBLE PRECISION[],
    "avatar" BIGINT[],
    "shipmentKind" "ShipmentKind" NOT NULL,
    "tagId" SMALLINT NOT NULL,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth"."_MessageToTag98" (
    "A" UUID NOT NULL,
    "B" SMALLINT NOT NULL,

    CONSTRAINT "_MessageToTag98_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Tag_slug_key" ON "Tag"("slug");

-- CreateIndex
CREATE INDEX "Tag_slug_idx" ON "Tag"("slug" DESC);

-- CreateIndex
CREATE INDEX "message_shipmentkind_0_ix" ON "auth"."Message"("shipmentKind");

-- CreateIndex
CREATE INDEX "Message_shipmentKind_idx" ON "auth"."Message"("shipmentKind");

-- CreateIndex
CREATE INDEX "_MessageToTag98_B_index" ON "auth"."_MessageToTag98"("B");

-- AddForeignKey
ALTER TABLE "auth"."Message" ADD CONSTRAINT "Message_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auth"."_MessageToTag98" ADD CONSTRAINT "_MessageToTag98_A_fkey" FOREIGN KEY ("A") REFERENCES "auth"."Message"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auth"."_MessageToTag98" ADD CONSTRAINT "_MessageToTag98_B_fkey" FOREIGN KEY ("B") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;
