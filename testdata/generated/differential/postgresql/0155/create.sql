-- CreateEnum
CREATE TYPE "AccountKind" AS ENUM ('active_value', 'LOW', 'INACTIVE');

-- CreateTable
CREATE TABLE "Session" (
    "id" BIGSERIAL NOT NULL,
    "updatedAt" BYTEA,
    "count" JSONB,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "profiles" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "rank" TIMESTAMP(5)[],
    "position" TIME(3) NOT NULL,

    CONSTRAINT "profiles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvoiceEntry" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "body" BYTEA NOT NULL,
    "version" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "score_col" REAL NOT NULL,
    "accountKind" "AccountKind" NOT NULL DEFAULT 'INACTIVE',

    CONSTRAINT "invoiceentry_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" SERIAL NOT NULL,
    "color" DECIMAL(65,30) NOT NULL DEFAULT 2.25,
    "title" BIGINT NOT NULL,
    "position" BYTEA NOT NULL,
    "title2" INTEGER DEFAULT (1 + 2),
    "balance" BIGINT DEFAULT 1234567890123,
    "data" TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    "accountKind" "AccountKind" NOT NULL DEFAULT 'INACTIVE',

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comments" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "ratio" JSONB NOT NULL,
    "secret" BIGINT,
    "kind" CHAR(36) DEFAULT 'abcdefgh',
    "email" BIGINT,
    "accountKind" "AccountKind" NOT NULL DEFAULT 'LOW',

    CONSTRAINT "comments_pkey" PRIMARY KEY ("number","tenantId")
);

-- CreateIndex
CREATE INDEX "Session_count_idx" ON "Session" USING GIN ("count");

-- CreateIndex
CREATE UNIQUE INDEX "profiles_slug_key" ON "profiles"("slug");

-- CreateIndex
CREATE INDEX "profiles_slug_idx" ON "profiles"("slug" DESC);

-- CreateIndex
CREATE INDEX "InvoiceEntry_score_col_version_idx" ON "InvoiceEntry"("score_col", "version");

-- CreateIndex
CREATE INDEX "InvoiceEntry_accountKind_idx" ON "InvoiceEntry"("accountKind");

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceEntry_score_col_version_key" ON "InvoiceEntry"("score_col", "version");

-- CreateIndex
CREATE UNIQUE INDEX "order_title_uq" ON "Order"("title");

-- CreateIndex
CREATE INDEX "Order_balance_idx" ON "Order"("balance");

-- CreateIndex
CREATE INDEX "order_color_1_ix" ON "Order"("color", "data");

-- CreateIndex
CREATE UNIQUE INDEX "order_pair_key" ON "Order"("color", "title");

-- CreateIndex
CREATE INDEX "comments_accountKind_idx" ON "comments"("accountKind");
