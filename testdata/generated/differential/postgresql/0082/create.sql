-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- CreateEnum
CREATE TYPE "SessionKind" AS ENUM ('LOW', 'HIGH', 'INACTIVE', 'PENDING');

-- CreateTable
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "weight" BOOLEAN NOT NULL,
    "count_col" REAL DEFAULT 0,
    "weight2" DECIMAL(65,30) NOT NULL,
    "amount" JSONB NOT NULL,
    "score" BYTEA NOT NULL,
    "ratio" BOOLEAN,
    "raw" point,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Post_v2" (
    "id" SERIAL NOT NULL,
    "publishedat_col" TEXT,
    "rank" MONEY[],
    "kind" TEXT,
    "amount_col" CITEXT,

    CONSTRAINT "Post_v2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" BIGSERIAL NOT NULL,
    "secret" BOOLEAN,
    "slug" DECIMAL(11,4) NOT NULL,
    "publishedAt" BYTEA NOT NULL,
    "publishedAt2" UUID NOT NULL,
    "verified" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task_v2" (
    "id" TEXT NOT NULL,
    "name" CHAR(28) NOT NULL,
    "publishedAt" BOOLEAN,
    "title" OID[],
    "startsAt" DOUBLE PRECISION DEFAULT 0,
    "title2" INTEGER NOT NULL DEFAULT 0,
    "sessionKind" "SessionKind"[],
    "post_v2Id" INTEGER,

    CONSTRAINT "Task_v2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Token" (
    "id" INTEGER NOT NULL,
    "note" TIMESTAMP NOT NULL,
    "position" JSONB NOT NULL DEFAULT '[]',
    "meta" TEXT,
    "size" OID[] DEFAULT ARRAY[1, 2, 3]::OID[],
    "sessionKind" "SessionKind" NOT NULL,

    CONSTRAINT "Token_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Tag_weight_key" ON "Tag"("weight" DESC);

-- CreateIndex
CREATE INDEX "Tag_count_col_weight_idx" ON "Tag"("count_col", "weight");

-- CreateIndex
CREATE INDEX "Tag_amount_idx" ON "Tag" USING GIN ("amount");

-- CreateIndex
CREATE INDEX "Post_v2_amount_col_idx" ON "Post_v2"("amount_col");

-- CreateIndex
CREATE UNIQUE INDEX "payment_pair_key" ON "Payment"("slug", "publishedAt2");

-- CreateIndex
CREATE INDEX "Task_v2_post_v2Id_idx" ON "Task_v2"("post_v2Id");

-- CreateIndex
CREATE INDEX "task_v2_post_v2id_0_ix" ON "Task_v2"("post_v2Id");

-- CreateIndex
CREATE INDEX "task_v2_post_v2id_1_ix" ON "Task_v2"("post_v2Id");
