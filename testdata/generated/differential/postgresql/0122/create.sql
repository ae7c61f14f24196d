-- CreateEnum
CREATE TYPE "filekind_type" AS ENUM ('ARCHIVED');

-- CreateTable
CREATE TABLE "Log" (
    "id" TEXT NOT NULL,
    "level" OID,

    CONSTRAINT "Log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LogItem" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "color" OID NOT NULL,
    "count" INET NOT NULL DEFAULT '127.0.0.1',
    "isActive" TIMESTAMP(3) DEFAULT '2024-01-02 03:04:05 +00:00',
    "startsAt" INTEGER[],
    "fileKind" "filekind_type" NOT NULL,

    CONSTRAINT "LogItem_pkey" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "Coupon" (
    "id" SERIAL NOT NULL,
    "handle" TEXT NOT NULL,
    "note" TIMESTAMP(3) NOT NULL,
    "note2" TEXT[],
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "level" JSONB NOT NULL DEFAULT '[]',
    "url" DATE,
    "isActive" OID NOT NULL,
    "fileKind" "filekind_type" NOT NULL,
    "raw" Int4,

    CONSTRAINT "Coupon_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rating" (
    "id" SERIAL NOT NULL,
    "meta" BIGINT NOT NULL DEFAULT 0,
    "version" TIMESTAMP(3),
    "expiresAt" INTEGER DEFAULT -7,
    "fileKind" "filekind_type" NOT NULL,
    "logId" TEXT NOT NULL,

    CONSTRAINT "Rating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Refund" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "isActive" INTEGER DEFAULT 0,

    CONSTRAINT "Refund_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Log_id_idx" ON "Log" USING SPGIST ("id");

-- CreateIndex
CREATE UNIQUE INDEX "LogItem_isActive_key" ON "LogItem"("isActive");

-- CreateIndex
CREATE INDEX "LogItem_color_idx" ON "LogItem"("color");

-- CreateIndex
CREATE UNIQUE INDEX "Coupon_handle_key" ON "Coupon"("handle");

-- CreateIndex
CREATE INDEX "Coupon_note_idx" ON "Coupon"("note" DESC);

-- CreateIndex
CREATE INDEX "coupon_filekind_1_ix" ON "Coupon"("fileKind");

-- CreateIndex
CREATE INDEX "Coupon_note2_idx" ON "Coupon" USING GIN ("note2");

-- CreateIndex
CREATE UNIQUE INDEX "Rating_logId_key" ON "Rating"("logId");

-- CreateIndex
CREATE INDEX "Rating_logId_idx" ON "Rating"("logId" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Refund_email_key" ON "Refund"("email");
