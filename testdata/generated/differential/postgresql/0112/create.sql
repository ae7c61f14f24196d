-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "app";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "billing";

-- CreateEnum
CREATE TYPE "billing"."CouponKind" AS ENUM ('INACTIVE', 'PENDING');

-- CreateTable
CREATE TABLE "app"."Product" (
    "id" TEXT NOT NULL,
    "email" INTEGER,
    "couponKind" "billing"."CouponKind" NOT NULL DEFAULT 'INACTIVE',

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket" (
    "id" SERIAL NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" INTEGER NOT NULL,
    "couponKind" "billing"."CouponKind" NOT NULL,

    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Message" (
    "id" SERIAL NOT NULL,
    "code" JSONB DEFAULT '{}',
    "expiresAt" BIGINT DEFAULT 1234567890123,
    "avatar" TEXT NOT NULL,
    "couponKind" "billing"."CouponKind"[],

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "billing"."Profile" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "score_col" INTEGER NOT NULL,

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE INDEX "Product_couponKind_idx" ON "app"."Product"("couponKind");

-- CreateIndex
CREATE INDEX "Product_email_idx" ON "app"."Product"("email" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_publishedAt_key" ON "Ticket"("publishedAt");

-- CreateIndex
CREATE INDEX "ticket_endsat_0_ix" ON "Ticket"("endsAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "ticket_pair_key" ON "Ticket"("endsAt", "couponKind");

-- CreateIndex
CREATE UNIQUE INDEX "Message_avatar_key" ON "Message"("avatar");

-- CreateIndex
CREATE INDEX "Message_avatar_idx" ON "Message"("avatar" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Message_expiresAt_avatar_key" ON "Message"("expiresAt", "avatar");
