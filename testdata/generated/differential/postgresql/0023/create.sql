-- CreateEnum
CREATE TYPE "OrderKind" AS ENUM ('HIGH', 'INACTIVE', 'LOW', 'Published');

-- CreateEnum
CREATE TYPE "devicekind_type" AS ENUM ('draft_value', 'done_value');

-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "count" JSON NOT NULL,
    "secret" JSONB,
    "updatedat_col" INTEGER[],
    "paymentId" TEXT NOT NULL,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" TEXT NOT NULL,
    "updatedAt" BYTEA NOT NULL,
    "updatedAt2" TIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "color" BIGINT NOT NULL,
    "rank" TEXT NOT NULL,
    "data" BIGINT[],
    "title" BOOLEAN,
    "paymentId" TEXT,

    CONSTRAINT "payment_primary" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TokenWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" SERIAL NOT NULL,
    "note" JSONB,
    "version" TIME(1)[],
    "url" BYTEA NOT NULL,
    "payload" TIMESTAMP(3)[],
    "postId" INTEGER,

    CONSTRAINT "TokenWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "label" BIGINT DEFAULT 1234567890123,
    "payload" TEXT NOT NULL,
    "avatar_col" TIMESTAMP(4) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "avatar2" JSONB,
    "createdat_col" INTEGER,
    "endsAt" BOOLEAN[],
    "postId" INTEGER,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Address" (
    "id" TEXT NOT NULL,
    "expiresAt" DOUBLE PRECISION NOT NULL,
    "title" BOOLEAN NOT NULL DEFAULT true,
    "payload" TIMESTAMP(3) NOT NULL,
    "code" CHAR,
    "addressId" TEXT,

    CONSTRAINT "Address_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Post_paymentId_idx" ON "Post"("paymentId" DESC);

-- CreateIndex
CREATE INDEX "post_paymentid_1_ix" ON "Post"("paymentId");

-- CreateIndex
CREATE INDEX "Payment_rank_idx" ON "Payment"("rank" DESC);

-- CreateIndex
CREATE INDEX "Payment_paymentId_idx" ON "Payment"("paymentId");

-- CreateIndex
CREATE INDEX "TokenWithAVeryLongNameThatGoesOnAndOnForTruncation_postId_idx" ON "TokenWithAVeryLongNameThatGoesOnAndOnForTruncation"("postId" DESC);

-- CreateIndex
CREATE INDEX "tokenwithaverylongnamethatgoesonandonfor_note_sx" ON "TokenWithAVeryLongNameThatGoesOnAndOnForTruncation" USING GIN ("note" jsonb_path_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_email_key" ON "Invoice"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_postId_key" ON "Invoice"("postId");

-- CreateIndex
CREATE INDEX "Invoice_createdat_col_idx" ON "Invoice"("createdat_col" DESC);

-- CreateIndex
CREATE INDEX "Address_addressId_idx" ON "Address"("addressId");

-- CreateIndex
CREATE UNIQUE INDEX "Address_expiresAt_payload_key" ON "Address"("expiresAt", "payload");

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TokenWithAVeryLongNameThatGoesOnAndOnForTruncation" ADD CONSTRAINT "TokenWithAVeryLongNameThatGoesOnAndOnForTruncation_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Address" ADD CONSTRAINT "Address_addressId_fkey" FOREIGN KEY ("addressId") REFERENCES "Address"("id") ON DELETE SET NULL ON UPDATE RESTRICT;
