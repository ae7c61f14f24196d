-- CreateEnum
CREATE TYPE "UserKind" AS ENUM ('DONE', 'INACTIVE', 'Published');

-- CreateEnum
CREATE TYPE "TokenKind" AS ENUM ('PENDING', 'draft', 'ARCHIVED', 'HIGH');

-- CreateTable
CREATE TABLE "Folder" (
    "id" SERIAL NOT NULL,
    "payload" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "secret" JSON,
    "email" BIGINT NOT NULL,
    "score" DOUBLE PRECISION[] DEFAULT ARRAY[1.5]::DOUBLE PRECISION[],
    "endsAt" TEXT NOT NULL,
    "url" INTEGER DEFAULT 42,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Folder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Log" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "slug2_col" VARCHAR(210) NOT NULL DEFAULT 'fixed'::text,
    "total" BYTEA,
    "count" BYTEA NOT NULL,
    "startsAt" BOOLEAN DEFAULT false,
    "status" TIMESTAMP(3) NOT NULL,
    "title_col" TEXT NOT NULL,
    "tokenKind" "TokenKind" NOT NULL DEFAULT 'draft',
    "logTenantId" TEXT,
    "logNumber" INTEGER,

    CONSTRAINT "Log_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "rank" INTEGER,
    "slug2" INTEGER,
    "updatedAt" DOUBLE PRECISION DEFAULT 1.5,
    "payload" BOOLEAN,
    "isActive" TEXT,
    "name" BOOLEAN DEFAULT false,
    "accountId" INTEGER,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Category" (
    "id" SERIAL NOT NULL,
    "price" TIMESTAMPTZ,
    "balance_col" TIMESTAMP(3),
    "position" BOOLEAN DEFAULT true,
    "slug" TIMESTAMPTZ,
    "url" BOOLEAN,
    "raw" macaddr,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "startsAt" BYTEA,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Folder_url_key" ON "Folder"("url");

-- CreateIndex
CREATE INDEX "folder_url_0_ix" ON "Folder"("url" DESC, "endsAt");

-- CreateIndex
CREATE INDEX "Folder_email_url_idx" ON "Folder"("email", "url");

-- CreateIndex
CREATE UNIQUE INDEX "Log_slug_key" ON "Log"("slug");

-- CreateIndex
CREATE INDEX "Log_status_logNumber_idx" ON "Log"("status", "logNumber");

-- CreateIndex
CREATE INDEX "Log_slug_idx" ON "Log"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Log_logTenantId_logNumber_key" ON "Log"("logTenantId", "logNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Account_slug_key" ON "Account"("slug");

-- CreateIndex
CREATE INDEX "account_slug_0_ix" ON "Account"("slug");

-- CreateIndex
CREATE INDEX "Account_payload_accountId_idx" ON "Account"("payload", "accountId");

-- CreateIndex
CREATE UNIQUE INDEX "Category_balance_col_key" ON "Category"("balance_col");

-- CreateIndex
CREATE UNIQUE INDEX "Category_url_price_key" ON "Category"("url", "price");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_email_key" ON "Tag"("email");

-- CreateIndex
CREATE INDEX "tag_email_0_ix" ON "Tag"("email" DESC);

-- AddForeignKey
ALTER TABLE "Log" ADD CONSTRAINT "Log_logTenantId_logNumber_fkey" FOREIGN KEY ("logTenantId", "logNumber") REFERENCES "Log"("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE NO ACTION ON UPDATE SET NULL;
