-- CreateEnum
CREATE TYPE "RoleKind" AS ENUM ('published_value', 'INACTIVE', 'draft');

-- CreateTable
CREATE TABLE "ProjectWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" SERIAL NOT NULL,
    "handle" TEXT NOT NULL,
    "verified" SMALLINT,
    "label" BYTEA NOT NULL,
    "kind" BIGINT,
    "raw" tsquery,

    CONSTRAINT "ProjectWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cart" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "secret" TIMETZ NOT NULL,
    "ratio" BOOLEAN[],
    "position" DATE DEFAULT CURRENT_TIMESTAMP,
    "projectId" INTEGER,
    "tagId" INTEGER,

    CONSTRAINT "Cart_pkey" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "amount" INTEGER NOT NULL,
    "name" BYTEA,
    "weight" INTEGER NOT NULL,
    "score" REAL DEFAULT 0,
    "color" BIGINT[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ProjectWithAVeryLongNameThatGoesOnAndOnForTruncation_handle_key" ON "ProjectWithAVeryLongNameThatGoesOnAndOnForTruncation"("handle");

-- CreateIndex
CREATE INDEX "projectwithaverylongnamethatgoesonandonf_handle_0_ix" ON "ProjectWithAVeryLongNameThatGoesOnAndOnForTruncation"("handle" DESC);

-- CreateIndex
CREATE INDEX "ProjectWithAVeryLongNameThatGoesOnAndOnForTruncation_kind_idx" ON "ProjectWithAVeryLongNameThatGoesOnAndOnForTruncation"("kind");

-- CreateIndex
CREATE INDEX "Cart_projectId_idx" ON "Cart"("projectId");

-- CreateIndex
CREATE INDEX "Cart_tenantId_idx" ON "Cart" USING SPGIST ("tenantId");

-- CreateIndex
CREATE INDEX "Tag_amount_idx" ON "Tag"("amount" DESC);

-- CreateIndex
CREATE INDEX "Tag_score_idx" ON "Tag"("score" DESC);

-- AddForeignKey
ALTER TABLE "Cart" ADD CONSTRAINT "cart_projectid_fk" FOREIGN KEY ("projectId") REFERENCES "ProjectWithAVeryLongNameThatGoesOnAndOnForTruncation"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cart" ADD CONSTRAINT "Cart_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE SET NULL ON UPDATE CASCADE;
