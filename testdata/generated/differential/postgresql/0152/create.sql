-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "billing";

-- CreateTable
CREATE TABLE "User" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" DOUBLE PRECISION[],
    "title2" INTEGER[],

    CONSTRAINT "User_pkey" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "billing"."ProfileLink" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "position" VARBIT NOT NULL DEFAULT '1111',
    "code" MONEY,

    CONSTRAINT "ProfileLink_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Audit" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "verified" INTEGER NOT NULL,
    "data" BIGINT NOT NULL DEFAULT 1234567890123,
    "size_col" JSONB NOT NULL,
    "email" INTEGER[] DEFAULT ARRAY[1, 2, 3]::INTEGER[],

    CONSTRAINT "audit_pk" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "billing"."Plan" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "ratio_col" TEXT,
    "slug" BOOLEAN DEFAULT true,
    "raw" cidr,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "billing"."ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" SERIAL NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "ChannelWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "User_title2_idx" ON "User" USING GIN ("title2");

-- CreateIndex
CREATE INDEX "ProfileLink_code_idx" ON "billing"."ProfileLink"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Audit_slug_key" ON "Audit"("slug");

-- CreateIndex
CREATE INDEX "Plan_slug_idx" ON "billing"."Plan"("slug");
