-- CreateEnum
CREATE TYPE "messagewithaverylongnamethatgoesonandonfortruncationkind_type" AS ENUM ('ACTIVE', 'inactive_value', 'draft', 'PENDING');

-- CreateTable
CREATE TABLE "planwithaverylongnamethatgoesonandonfortruncations" (
    "id" SERIAL NOT NULL,
    "updatedAt" JSONB NOT NULL,
    "updatedat2_col" MONEY,
    "name" JSONB DEFAULT '{"a": 1}',
    "messageWithAVeryLongNameThatGoesOnAndOnForTruncationKind" "messagewithaverylongnamethatgoesonandonfortruncationkind_type" NOT NULL DEFAULT 'inactive_value',

    CONSTRAINT "planwithaverylongnamethatgoesonandonfortruncations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "regions" (
    "id" TEXT NOT NULL,
    "endsAt" BYTEA NOT NULL,
    "data_col" TIMESTAMP NOT NULL,

    CONSTRAINT "regions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "planwithaverylongnamethatgoesonandonfortruncations_updateda_idx" ON "planwithaverylongnamethatgoesonandonfortruncations"("updatedat2_col");

-- CreateIndex
CREATE INDEX "planwithaverylongnamethatgoesonandonfort_updatedat_sx" ON "planwithaverylongnamethatgoesonandonfortruncations" USING GIN ("updatedAt" jsonb_ops);

-- CreateIndex
CREATE UNIQUE INDEX "regions_data_col_key" ON "regions"("data_col" DESC);

-- CreateIndex
CREATE INDEX "regions_data_col_idx" ON "regions"("data_col");

-- CreateIndex
CREATE INDEX "regions_id_idx" ON "regions" USING SPGIST ("id");
