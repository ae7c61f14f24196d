-- CreateEnum
CREATE TYPE "SessionKind" AS ENUM ('HIGH', 'published_value');

-- CreateTable
CREATE TABLE "Audit" (
    "id" SERIAL NOT NULL,
    "body" TIMESTAMP(3),
    "sessionKind" "SessionKind"[] DEFAULT ARRAY['HIGH']::"SessionKind"[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Audit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Message" (
    "id" INTEGER NOT NULL,
    "updatedAt" SMALLINT NOT NULL DEFAULT 42,
    "name" DOUBLE PRECISION,
    "url" TEXT NOT NULL,
    "total" BIGINT DEFAULT 0,
    "messageId" INTEGER,
    "folderid_ref" TEXT NOT NULL,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment" (
    "id" SERIAL NOT NULL,
    "status" TEXT DEFAULT 'fixed'::text,
    "weight" TIMESTAMPTZ,
    "meta_col" INTEGER NOT NULL,
    "data" BIGINT[],
    "balance" BIGINT NOT NULL,
    "score" BYTEA NOT NULL,
    "messageId" INTEGER NOT NULL,

    CONSTRAINT "Shipment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Folder" (
    "id" TEXT NOT NULL,
    "startsAt" INTEGER NOT NULL DEFAULT -7,
    "hash" JSON NOT NULL DEFAULT '{}',
    "expiresAt" INTEGER DEFAULT -7,
    "raw" lseg,

    CONSTRAINT "Folder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comments" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "url" BYTEA,
    "amount" BYTEA,
    "raw" polygon,
    "commentTenantId" TEXT,
    "commentNumber" INTEGER,

    CONSTRAINT "comment_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE UNIQUE INDEX "Audit_body_key" ON "Audit"("body" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Message_name_key" ON "Message"("name");

-- CreateIndex
CREATE INDEX "Message_messageId_idx" ON "Message"("messageId");

-- CreateIndex
CREATE INDEX "Message_folderid_ref_idx" ON "Message"("folderid_ref");

-- CreateIndex
CREATE INDEX "Message_updatedAt_idx" ON "Message"("updatedAt");

-- CreateIndex
CREATE INDEX "Shipment_messageId_idx" ON "Shipment"("messageId");

-- CreateIndex
CREATE INDEX "comments_commentTenantId_commentNumber_idx" ON "comments"("commentTenantId", "commentNumber");

-- CreateIndex
CREATE INDEX "comments_commentNumber_idx" ON "comments"("commentNumber");

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "message_messageid_fk" FOREIGN KEY ("messageId") REFERENCES "Message"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_folderid_ref_fkey" FOREIGN KEY ("folderid_ref") REFERENCES "Folder"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_commentTenantId_commentNumber_fkey" FOREIGN KEY ("commentTenantId", "commentNumber") REFERENCES "comments"("tenantId", "number") ON DELETE SET NULL ON UPDATE NO ACTION;
