-- CreateEnum
CREATE TYPE "ChannelLinkKind" AS ENUM ('draft_value', 'INACTIVE', 'DONE');

-- CreateEnum
CREATE TYPE "InvoiceKind" AS ENUM ('HIGH', 'Published', 'draft');

-- CreateTable
CREATE TABLE "Ticket" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "price" DOUBLE PRECISION,
    "publishedAt" REAL[],
    "kind" INTEGER[],
    "amount" TIMESTAMPTZ(0) NOT NULL,
    "channelLinkKind" "ChannelLinkKind" NOT NULL DEFAULT 'INACTIVE',

    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Project2" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "color" TIMESTAMP(3)[],
    "total_col" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "code" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Project2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Folder" (
    "id" UUID NOT NULL,
    "handle" TEXT NOT NULL,
    "verified" TEXT[] DEFAULT ARRAY['a', 'b']::TEXT[],
    "updatedAt" BYTEA NOT NULL,
    "data" BYTEA,
    "channelLinkKind" "ChannelLinkKind" NOT NULL DEFAULT 'DONE',

    CONSTRAINT "Folder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Device" (
    "id" TEXT NOT NULL,
    "version" INTEGER,
    "kind" TIMESTAMP DEFAULT now(),
    "label" INTEGER NOT NULL DEFAULT (1 + 2),
    "data" BYTEA[],
    "isActive" BYTEA NOT NULL,
    "deviceId" TEXT,

    CONSTRAINT "Device_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "files" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "expiresAt" BIGINT NOT NULL,
    "code" BOOLEAN NOT NULL DEFAULT true,
    "secret" XML NOT NULL,
    "invoiceKind" "InvoiceKind" NOT NULL DEFAULT 'draft',

    CONSTRAINT "files_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Store" (
    "deviceId" TEXT NOT NULL,
    "folderId" UUID NOT NULL,

    CONSTRAINT "Store_pkey" PRIMARY KEY ("deviceId","folderId")
);

-- CreateIndex
CREATE INDEX "Ticket_channelLinkKind_idx" ON "Ticket"("channelLinkKind");

-- CreateIndex
CREATE UNIQUE INDEX "Project2_email_key" ON "Project2"("email");

-- CreateIndex
CREATE INDEX "Project2_code_idx" ON "Project2" USING BRIN ("code");

-- CreateIndex
CREATE UNIQUE INDEX "Folder_handle_key" ON "Folder"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Folder_channelLinkKind_key" ON "Folder"("channelLinkKind");

-- CreateIndex
CREATE INDEX "Folder_handle_idx" ON "Folder" USING SPGIST ("handle");

-- CreateIndex
CREATE INDEX "Device_kind_label_idx" ON "Device"("kind", "label");

-- CreateIndex
CREATE INDEX "Device_label_idx" ON "Device"("label");

-- CreateIndex
CREATE UNIQUE INDEX "Device_version_kind_key" ON "Device"("version", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "files_slug_key" ON "files"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "file_expiresat_uq" ON "files"("expiresAt");

-- CreateIndex
CREATE INDEX "files_invoiceKind_idx" ON "files"("invoiceKind");

-- CreateIndex
CREATE INDEX "file_invoicekind_1_ix" ON "files"("invoiceKind");

-- AddForeignKey
ALTER TABLE "Device" ADD CONSTRAINT "Device_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "Device"("id") ON DELETE SET DEFAULT ON UPDATE SET DEFAULT;

-- AddForeignKey
ALTER TABLE "Store" ADD CONSTRAINT "Store_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "Device"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Store" ADD CONSTRAINT "Store_folderId_fkey" FOREIGN KEY ("folderId") REFERENCES "Folder"("id") ON DELETE CASCADE ON UPDATE CASCADE;
