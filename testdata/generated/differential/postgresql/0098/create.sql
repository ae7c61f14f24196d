-- CreateEnum
CREATE TYPE "tokenlinkkind_type" AS ENUM ('DONE');

-- CreateTable
CREATE TABLE "Price" (
    "id" BIGSERIAL NOT NULL,
    "payload" TEXT DEFAULT 'fixed'::text,

    CONSTRAINT "Price_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" TEXT NOT NULL,
    "verified" BYTEA NOT NULL,
    "body" BYTEA,
    "size" SMALLINT NOT NULL DEFAULT 0,
    "level" BYTEA NOT NULL,
    "kind" BIGINT[],
    "tokenLinkKind" "tokenlinkkind_type" DEFAULT 'DONE',

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Refund" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "flags" DECIMAL(65,30) NOT NULL,
    "level_col" REAL NOT NULL,
    "updatedAt" DECIMAL(65,30),
    "data" DOUBLE PRECISION NOT NULL,
    "color" TEXT NOT NULL,
    "label" DOUBLE PRECISION DEFAULT 0,

    CONSTRAINT "Refund_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL,
    "url" TEXT DEFAULT 'it''s',

    CONSTRAINT "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Price_payload_idx" ON "Price"("payload");

-- CreateIndex
CREATE INDEX "price_payload_1_ix" ON "Price"("payload");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_email_key" ON "Refund"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_label_key" ON "Refund"("label");

-- CreateIndex
CREATE INDEX "Refund_data_idx" ON "Refund"("data");

-- CreateIndex
CREATE INDEX "Refund_level_col_flags_idx" ON "Refund"("level_col", "flags");

-- CreateIndex
CREATE INDEX "Refund_email_idx" ON "Refund" USING SPGIST ("email");
