-- CreateEnum
CREATE TYPE "InvoiceKind" AS ENUM ('high_value');

-- CreateEnum
CREATE TYPE "RoleKind" AS ENUM ('DONE', 'Published', 'draft', 'LOW');

-- CreateTable
CREATE TABLE "refunditems" (
    "id" BIGSERIAL NOT NULL,
    "avatar" DECIMAL[],
    "publishedAt" BYTEA,
    "payload" DOUBLE PRECISION[] DEFAULT ARRAY[1.5]::DOUBLE PRECISION[],
    "data" JSONB NOT NULL DEFAULT '{"a": 1}',
    "code" TEXT NOT NULL,
    "roleKind" "RoleKind" NOT NULL DEFAULT 'DONE',

    CONSTRAINT "refunditems_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Token" (
    "id" SMALLSERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "isActive" VARCHAR(213),
    "count" CHAR NOT NULL DEFAULT 'a',
    "createdAt" INTEGER NOT NULL,

    CONSTRAINT "Token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Store" (
    "id" SERIAL NOT NULL,
    "weight" BIGINT NOT NULL,
    "roleKind" "RoleKind" NOT NULL DEFAULT 'Published',

    CONSTRAINT "Store_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "data" INTEGER NOT NULL,
    "status" INTEGER NOT NULL,
    "title_col" BIGINT NOT NULL DEFAULT 0,
    "note" BOOLEAN[] DEFAULT ARRAY[true, false]::BOOLEAN[],
    "startsAt" DOUBLE PRECISION,
    "amount" BOOLEAN DEFAULT true,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" INTEGER NOT NULL,
    "hash" BIGINT NOT NULL DEFAULT 1234567890123,
    "createdAt" BIGINT NOT NULL DEFAULT 1234567890123,
    "endsAt" OID NOT NULL,
    "balance" JSON,
    "amount" MONEY NOT NULL,
    "slug" DOUBLE PRECISION NOT NULL DEFAULT 0,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "refunditems_code_idx" ON "refunditems"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Token_slug_key" ON "Token"("slug");

-- CreateIndex
CREATE INDEX "Token_count_isActive_idx" ON "Token"("count", "isActive");

-- CreateIndex
CREATE UNIQUE INDEX "Token_slug_count_key" ON "Token"("slug", "count");

-- CreateIndex
CREATE UNIQUE INDEX "Task_handle_key" ON "Task"("handle");
