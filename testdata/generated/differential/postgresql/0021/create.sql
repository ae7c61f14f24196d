-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "app";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "billing";

-- CreateEnum
CREATE TYPE "PostWithAVeryLongNameThatGoesOnAndOnForTruncationKind" AS ENUM ('PENDING', 'draft_value', 'DONE', 'Published');

-- CreateEnum
CREATE TYPE "billing"."PaymentKind" AS ENUM ('ARCHIVED', 'DONE');

-- CreateTable
CREATE TABLE "app"."Payment2" (
    "id" TEXT NOT NULL,
    "color" TIMESTAMP(3) NOT NULL,
    "verified_col" SMALLINT NOT NULL DEFAULT 0,
    "updatedAt" DOUBLE PRECISION[],
    "endsAt" REAL,

    CONSTRAINT "Payment2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "billing"."orders" (
    "id" BIGSERIAL NOT NULL,
    "handle" TEXT NOT NULL,
    "kind" TEXT,
    "title" TIMESTAMP(3) NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "name" TIMESTAMP(3) NOT NULL,
    "expiresAt" BYTEA NOT NULL,
    "amount" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "payload_col" TIMESTAMP(3),

    CONSTRAINT "orders_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "verified" JSONB,
    "status" BOOLEAN NOT NULL DEFAULT true,
    "profileId" TEXT,

    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Profile" (
    "id" TEXT NOT NULL,
    "data" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "payload" DECIMAL(65,30) NOT NULL DEFAULT 1.5,
    "body" BIGINT DEFAULT 1234567890123,
    "paymentKind" "billing"."PaymentKind"[],

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Folder" (
    "orderHandle" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "folderOrderHandle" TEXT,
    "folderProfileId" TEXT,

    CONSTRAINT "Folder_pkey" PRIMARY KEY ("orderHandle","profileId")
);

-- CreateIndex
CREATE INDEX "Payment2_endsAt_idx" ON "app"."Payment2"("endsAt");

-- CreateIndex
CREATE UNIQUE INDEX "orders_handle_key" ON "billing"."orders"("handle");

-- CreateIndex
CREATE INDEX "orders_kind_idx" ON "billing"."orders" USING HASH ("kind");

-- CreateIndex
CREATE INDEX "orders_handle_idx" ON "billing"."orders" USING SPGIST ("handle");

-- CreateIndex
CREATE UNIQUE INDEX "orders_payload_col_name_key" ON "billing"."orders"("payload_col", "name");

-- CreateIndex
CREATE INDEX "Ticket_status_profileId_idx" ON "Ticket"("status" DESC, "profileId");

-- CreateIndex
CREATE UNIQUE INDEX "Profile_payload_key" ON "Profile"("payload");

-- CreateIndex
CREATE INDEX "Folder_folderOrderHandle_folderProfileId_idx" ON "Folder"("folderOrderHandle", "folderProfileId");

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Folder" ADD CONSTRAINT "Folder_orderHandle_fkey" FOREIGN KEY ("orderHandle") REFERENCES "billing"."orders"("handle") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Folder" ADD CONSTRAINT "Folder_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Folder" ADD CONSTRAINT "Folder_folderOrderHandle_folderProfileId_fkey" FOREIGN KEY ("folderOrderHandle", "folderProfileId") REFERENCES "Folder"("orderHandle", "profileId") ON DELETE SET NULL ON UPDATE CASCADE;
