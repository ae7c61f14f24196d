-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "hstore";

-- CreateEnum
CREATE TYPE "refundkind_type" AS ENUM ('LOW', 'PENDING', 'Published', 'DONE');

-- CreateEnum
CREATE TYPE "OrderKind" AS ENUM ('draft', 'ARCHIVED', 'ACTIVE');

-- CreateTable
CREATE TABLE "Task" (
    "id" SMALLSERIAL NOT NULL,
    "hash" INTEGER,
    "label_col" BYTEA NOT NULL,
    "orderKind" "OrderKind" NOT NULL DEFAULT 'ARCHIVED',

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rating" (
    "id" SERIAL NOT NULL,
    "name" DECIMAL(65,30),
    "name2" REAL NOT NULL DEFAULT -2.25,
    "email" TIME,
    "count" SMALLINT NOT NULL DEFAULT -7,
    "balance" TEXT NOT NULL,
    "email2" TIME(0) NOT NULL,

    CONSTRAINT "Rating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Price" (
    "id" SMALLSERIAL NOT NULL,
    "body" BIGINT NOT NULL,
    "payload_col" INTEGER NOT NULL,
    "flags" DECIMAL(65,30)[],

    CONSTRAINT "Price_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "invoice_id" UUID NOT NULL,
    "avatar" SMALLINT NOT NULL DEFAULT 0,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("invoice_id")
);

-- CreateIndex
CREATE INDEX "Task_hash_idx" ON "Task"("hash" DESC);

-- CreateIndex
CREATE INDEX "task_hash_1_ix" ON "Task" USING BRIN ("hash");

-- CreateIndex
CREATE UNIQUE INDEX "Price_payload_col_key" ON "Price"("payload_col");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_avatar_key" ON "Invoice"("avatar");

-- CreateIndex
CREATE INDEX "Invoice_avatar_idx" ON "Invoice"("avatar");

-- CreateIndex
CREATE INDEX "invoice_avatar_1_ix" ON "Invoice"("avatar" DESC);
