-- CreateEnum
CREATE TYPE "CategoryKind" AS ENUM ('ARCHIVED', 'PENDING', 'INACTIVE');

-- CreateEnum
CREATE TYPE "rolekind_type" AS ENUM ('HIGH', 'PENDING', 'ACTIVE', 'LOW');

-- CreateTable
CREATE TABLE "files" (
    "id" INTEGER NOT NULL,
    "payload" VARBIT(7) NOT NULL,

    CONSTRAINT "files_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentLink" (
    "id" BIGSERIAL NOT NULL,
    "kind" TIMESTAMPTZ NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "url" BYTEA NOT NULL,
    "note" TIMESTAMPTZ,
    "title" INTEGER NOT NULL DEFAULT 0,
    "status" BYTEA,
    "price" INTEGER,
    "raw" macaddr,

    CONSTRAINT "PaymentLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "paymentLinkId" BIGINT NOT NULL,
    "fileId" INTEGER NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("paymentLinkId","fileId")
);

-- CreateIndex
CREATE INDEX "PaymentLink_kind_note_idx" ON "PaymentLink"("kind", "note");

-- CreateIndex
CREATE INDEX "paymentlink_kind_1_ix" ON "PaymentLink" USING BRIN ("kind");

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_paymentLinkId_fkey" FOREIGN KEY ("paymentLinkId") REFERENCES "PaymentLink"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "files"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
