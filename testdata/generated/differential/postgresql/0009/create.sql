-- CreateEnum
CREATE TYPE "TeamKind" AS ENUM ('LOW', 'ACTIVE', 'draft_value');

-- CreateEnum
CREATE TYPE "LogKind" AS ENUM ('archived_value', 'DONE');

-- CreateTable
CREATE TABLE "Product" (
    "id" BIGSERIAL NOT NULL,
    "flags" INTEGER NOT NULL,
    "email" TEXT[],
    "logKind" "LogKind" NOT NULL DEFAULT 'DONE',
    "raw" tsquery,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" INTEGER NOT NULL,
    "hash" TEXT,
    "size" BYTEA,
    "status" TIMESTAMP(3),
    "logKind" "LogKind" NOT NULL,
    "channelId" SMALLINT NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review" (
    "id" INTEGER NOT NULL,
    "avatar" INTEGER NOT NULL,
    "meta_col" BOOLEAN NOT NULL,
    "rank" INTEGER NOT NULL DEFAULT 0,
    "price" BOOLEAN[] DEFAULT ARRAY[true, false]::BOOLEAN[],
    "slug_col" CHAR(8) NOT NULL DEFAULT 'abcdefgh',
    "logKind" "LogKind" NOT NULL,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Channel" (
    "id" SMALLSERIAL NOT NULL,
    "name_col" INTEGER,
    "position" BIGINT DEFAULT 1234567890123,
    "meta" TIMESTAMP(0)[],
    "position2" JSONB DEFAULT '{}',
    "version" BIGINT[],
    "planId" INTEGER NOT NULL,

    CONSTRAINT "Channel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_PlanToProduct" (
    "A" INTEGER NOT NULL,
    "B" BIGINT NOT NULL,

    CONSTRAINT "_PlanToProduct_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "Product_flags_idx" ON "Product"("flags" DESC);

-- CreateIndex
CREATE INDEX "product_logkind_1_ix" ON "Product"("logKind" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Product_logKind_flags_key" ON "Product"("logKind", "flags");

-- CreateIndex
CREATE INDEX "Plan_channelId_idx" ON "Plan"("channelId");

-- CreateIndex
CREATE INDEX "plan_channelid_0_ix" ON "Plan"("channelId" DESC);

-- CreateIndex
CREATE INDEX "Plan_hash_idx" ON "Plan" USING HASH ("hash");

-- CreateIndex
CREATE INDEX "Review_avatar_idx" ON "Review"("avatar" DESC);

-- CreateIndex
CREATE INDEX "review_meta_1_ix" ON "Review"("meta_col");

-- CreateIndex
CREATE INDEX "Channel_position2_idx" ON "Channel" USING GIN ("position2" jsonb_path_ops);

-- CreateIndex
CREATE INDEX "_PlanToProduct_B_index" ON "_PlanToProduct"("B");

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Channel" ADD CONSTRAINT "Channel_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE SET DEFAULT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "_PlanToProduct" ADD CONSTRAINT "_PlanToProduct_A_fkey" FOREIGN KEY ("A") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PlanToProduct" ADD CONSTRAINT "_PlanToProduct_B_fkey" FOREIGN KEY ("B") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;
