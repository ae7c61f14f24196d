-- CreateEnum
CREATE TYPE "couponkind_type" AS ENUM ('low_value');

-- CreateTable
CREATE TABLE "Log" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'a "quoted" word',
    "payload" BIGINT DEFAULT 1234567890123,
    "avatar" TIMESTAMP(3)[],
    "price" TEXT,
    "label" BYTEA NOT NULL,
    "couponKind" "couponkind_type" NOT NULL DEFAULT 'low_value',

    CONSTRAINT "Log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Audit" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "size" DATE NOT NULL,
    "isActive" TIMESTAMP,
    "couponKind" "couponkind_type" NOT NULL,

    CONSTRAINT "Audit_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "User" (
    "user_id" TEXT NOT NULL,
    "updatedAt" INTEGER NOT NULL,
    "status" JSONB NOT NULL,
    "body" BIGINT NOT NULL,
    "startsAt" TIMESTAMPTZ(2) DEFAULT CURRENT_TIMESTAMP,
    "couponKind" "couponkind_type"[] DEFAULT ARRAY['low_value']::"couponkind_type"[],
    "userid_ref" TEXT,

    CONSTRAINT "User_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "Cart" (
    "id" BIGSERIAL NOT NULL,
    "publishedAt" JSONB NOT NULL,
    "note" TIMESTAMPTZ[],
    "email" TEXT NOT NULL,
    "rank" UUID,
    "verified" INET NOT NULL DEFAULT '127.0.0.1',
    "rank2" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Cart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" INTEGER NOT NULL,
    "version" INTEGER DEFAULT (1 + 2),
    "kind" VARBIT(5) DEFAULT '1111',
    "couponKind" "couponkind_type" NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Store" (
    "id" BIGSERIAL NOT NULL,
    "note" BOOLEAN NOT NULL,

    CONSTRAINT "Store_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Log_couponKind_idx" ON "Log"("couponKind");

-- CreateIndex
CREATE INDEX "Log_payload_idx" ON "Log"("payload");

-- CreateIndex
CREATE UNIQUE INDEX "Audit_size_key" ON "Audit"("size");

-- CreateIndex
CREATE INDEX "Audit_isActive_idx" ON "Audit"("isActive");

-- CreateIndex
CREATE INDEX "Audit_size_idx" ON "Audit"("size");

-- CreateIndex
CREATE INDEX "Audit_tenantId_idx" ON "Audit" USING SPGIST ("tenantId");

-- CreateIndex
CREATE INDEX "User_userid_ref_idx" ON "User"("userid_ref" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Cart_email_key" ON "Cart"("email");

-- CreateIndex
CREATE INDEX "Cart_rank_idx" ON "Cart"("rank");

-- CreateIndex
CREATE INDEX "Cart_publishedAt_idx" ON "Cart" USING GIN ("publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Account_couponKind_version_key" ON "Account"("couponKind", "version");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_userid_ref_fkey" FOREIGN KEY ("userid_ref") REFERENCES "User"("user_id") ON DELETE SET NULL ON UPDATE SET NULL;
