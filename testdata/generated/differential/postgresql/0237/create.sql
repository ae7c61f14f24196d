-- CreateEnum
CREATE TYPE "TokenKind" AS ENUM ('draft');

-- CreateEnum
CREATE TYPE "CartKind" AS ENUM ('INACTIVE', 'high_value', 'draft', 'ARCHIVED');

-- CreateTable
CREATE TABLE "Device" (
    "id" BIGSERIAL NOT NULL,
    "email" INTEGER NOT NULL,
    "title" TIMESTAMP(3)[],
    "meta" BOOLEAN[],
    "rank_col" INTEGER,
    "expiresAt" BOOLEAN NOT NULL,
    "name" BOOLEAN DEFAULT false,
    "cartKind" "CartKind" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Device_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" BIGSERIAL NOT NULL,
    "title" DOUBLE PRECISION[] DEFAULT ARRAY[1.5]::DOUBLE PRECISION[],
    "name" TEXT NOT NULL DEFAULT 'hello',
    "note" TEXT NOT NULL,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "File" (
    "id" TEXT NOT NULL,
    "publishedAt" XML,
    "status" TIMESTAMP(3) NOT NULL,
    "cartKind" "CartKind" NOT NULL DEFAULT 'ARCHIVED',

    CONSTRAINT "File_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Device_rank_col_key" ON "Device"("rank_col");

-- CreateIndex
CREATE INDEX "Device_expiresAt_idx" ON "Device"("expiresAt");

-- CreateIndex
CREATE INDEX "Device_name_idx" ON "Device"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Device_email_cartKind_key" ON "Device"("email", "cartKind");

-- CreateIndex
CREATE INDEX "Payment_name_idx" ON "Payment"("name");

-- CreateIndex
CREATE INDEX "payment_name_1_ix" ON "Payment"("name");
