-- CreateEnum
CREATE TYPE "RefundKind" AS ENUM ('ARCHIVED');

-- CreateTable
CREATE TABLE "Payment" (
    "id" INTEGER NOT NULL,
    "payload" BOOLEAN,
    "name_col" REAL DEFAULT 1.5,
    "color" TEXT NOT NULL,
    "payload2" JSONB DEFAULT '[]',
    "slug" SMALLINT NOT NULL DEFAULT (1 + 2),

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "body" TIMESTAMPTZ,
    "body2" BOOLEAN[],
    "updatedAt" BOOLEAN NOT NULL,
    "refundKind" "RefundKind" NOT NULL,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Payment_name_col_key" ON "Payment"("name_col");

-- CreateIndex
CREATE INDEX "Payment_color_payload_idx" ON "Payment"("color", "payload");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_name_col_color_key" ON "Payment"("name_col", "color");

-- CreateIndex
CREATE UNIQUE INDEX "Member_slug_key" ON "Member"("slug");

-- CreateIndex
CREATE INDEX "Member_updatedAt_idx" ON "Member"("updatedAt");

-- CreateIndex
CREATE INDEX "Member_slug_idx" ON "Member"("slug");
