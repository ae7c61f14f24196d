-- CreateEnum
CREATE TYPE "filekind_type" AS ENUM ('high_value', 'PENDING', 'DONE');

-- CreateEnum
CREATE TYPE "SessionKind" AS ENUM ('PENDING', 'draft');

-- CreateTable
CREATE TABLE "Refund" (
    "id" TEXT NOT NULL,
    "payload" BIGINT NOT NULL DEFAULT 0,
    "color_col" DOUBLE PRECISION NOT NULL DEFAULT -2.25,

    CONSTRAINT "refund_primary" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Audit" (
    "id" TEXT NOT NULL,
    "score" TIMESTAMP(3),

    CONSTRAINT "Audit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Refund_color_col_idx" ON "Refund"("color_col");

-- CreateIndex
CREATE INDEX "refund_payload_1_ix" ON "Refund"("payload" DESC);

-- CreateIndex
CREATE INDEX "audit_score_0_ix" ON "Audit"("score");

-- CreateIndex
CREATE INDEX "Audit_score_idx" ON "Audit"("score" DESC);
