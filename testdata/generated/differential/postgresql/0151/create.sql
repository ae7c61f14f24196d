-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pgcrypto";

-- CreateEnum
CREATE TYPE "RefundKind" AS ENUM ('inactive_value', 'HIGH', 'Published');

-- CreateTable
CREATE TABLE "TaskEntry" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "label" BOOLEAN NOT NULL DEFAULT true,
    "data" TEXT,
    "balance" JSON DEFAULT '{}',
    "refundKind" "RefundKind",
    "storeId" UUID,

    CONSTRAINT "taskentry_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Store" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "rank_col" JSONB DEFAULT '{"a": 1}',
    "url" JSONB,
    "secret" TEXT,
    "slug" BIGINT NOT NULL DEFAULT 1234567890123,
    "flags_col" DOUBLE PRECISION,
    "flags2" BIGINT,

    CONSTRAINT "Store_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Category" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "avatar" TIMESTAMP(3) NOT NULL,
    "data_col" INTEGER[] DEFAULT ARRAY[1, 2, 3]::INTEGER[],
    "updatedAt" TEXT DEFAULT 'back\slash',
    "flags" TIMESTAMPTZ NOT NULL,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Token" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "ratio" VARCHAR(27) NOT NULL DEFAULT 'a "quoted" word',
    "kind" BOOLEAN NOT NULL,
    "hash" TIMESTAMP(3) NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "title_col" BYTEA NOT NULL,
    "version" BYTEA NOT NULL,
    "code" BIGINT NOT NULL,
    "refundKind" "RefundKind" DEFAULT 'HIGH',

    CONSTRAINT "token_primary" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "roles" (
    "id" SERIAL NOT NULL,
    "position" BIGINT NOT NULL,
    "position2" JSONB NOT NULL,
    "name" DOUBLE PRECISION,
    "refundKind" "RefundKind"[] DEFAULT ARRAY['inactive_value']::"RefundKind"[],

    CONSTRAINT "roles_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TaskEntry_email_key" ON "TaskEntry"("email");

-- CreateIndex
CREATE INDEX "TaskEntry_storeId_idx" ON "TaskEntry"("storeId");

-- CreateIndex
CREATE INDEX "TaskEntry_refundKind_idx" ON "TaskEntry"("refundKind");

-- CreateIndex
CREATE INDEX "TaskEntry_label_idx" ON "TaskEntry"("label");

-- CreateIndex
CREATE UNIQUE INDEX "TaskEntry_email_label_key" ON "TaskEntry"("email", "label");

-- CreateIndex
CREATE UNIQUE INDEX "Category_handle_key" ON "Category"("handle");

-- CreateIndex
CREATE INDEX "Category_avatar_idx" ON "Category"("avatar" DESC);

-- CreateIndex
CREATE INDEX "Category_handle_idx" ON "Category"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Category_avatar_flags_key" ON "Category"("avatar", "flags");

-- CreateIndex
CREATE UNIQUE INDEX "token_pair_key" ON "Token"("kind", "code");

-- CreateIndex
CREATE INDEX "roles_position_idx" ON "roles"("position");

-- AddForeignKey
ALTER TABLE "TaskEntry" ADD CONSTRAINT "TaskEntry_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
