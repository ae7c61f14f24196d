-- CreateEnum
CREATE TYPE "AuditKind" AS ENUM ('draft_value');

-- CreateEnum
CREATE TYPE "RefundKind" AS ENUM ('HIGH', 'DONE', 'ARCHIVED');

-- CreateTable
CREATE TABLE "RefundWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" SERIAL NOT NULL,
    "status" SMALLINT NOT NULL DEFAULT (1 + 2),
    "note" REAL,
    "code" BYTEA[],
    "level" BOOLEAN DEFAULT false,
    "startsat_col" TIME NOT NULL,
    "auditKind" "AuditKind"[] DEFAULT ARRAY['draft_value']::"AuditKind"[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RefundWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Post" (
    "id" SERIAL NOT NULL,
    "secret" BOOLEAN NOT NULL,
    "raw" macaddr,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "flags" JSONB NOT NULL,
    "verified" TEXT[],
    "level" BOOLEAN DEFAULT true,
    "updatedAt" JSON NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" BIGSERIAL NOT NULL,
    "level" BOOLEAN NOT NULL DEFAULT true,
    "publishedat_col" JSONB NOT NULL,
    "url" DATE,
    "auditKind" "AuditKind"[],
    "raw" circle,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Region" (
    "id" SERIAL NOT NULL,
    "name" TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    "slug" BYTEA NOT NULL,
    "avatar" BIT(6) NOT NULL DEFAULT '111111',
    "endsAt" TIMESTAMP(3) NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "meta" BYTEA NOT NULL,
    "refundKind" "RefundKind" NOT NULL,
    "regionId" INTEGER,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_ProjectToRefundWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "A" BIGINT NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_ProjectToRefundWithAVeryLongNameThatGoesOnAndOnForTrun_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ProjectToRegion" (
    "A" BIGINT NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_ProjectToRegion_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "RefundWithAVeryLongNameThatGoesOnAndOnForTruncation_level_s_key" ON "RefundWithAVeryLongNameThatGoesOnAndOnForTruncation"("level", "startsat_col");

-- CreateIndex
CREATE INDEX "post_secret_0_ix" ON "Post"("secret" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Project_email_key" ON "Project"("email");

-- CreateIndex
CREATE INDEX "Project_level_idx" ON "Project"("level" DESC);

-- CreateIndex
CREATE INDEX "Order_level_url_idx" ON "Order"("level", "url");

-- CreateIndex
CREATE INDEX "Order_url_idx" ON "Order"("url");

-- CreateIndex
CREATE INDEX "Order_publishedat_col_idx" ON "Order" USING GIN ("publishedat_col");

-- CreateIndex
CREATE UNIQUE INDEX "Region_regionId_key" ON "Region"("regionId");

-- CreateIndex
CREATE INDEX "_ProjectToRefundWithAVeryLongNameThatGoesOnAndOnForTrun_B_index" ON "_ProjectToRefundWithAVeryLongNameThatGoesOnAndOnForTruncation"("B");

-- CreateIndex
CREATE INDEX "_ProjectToRegion_B_index" ON "_ProjectToRegion"("B");

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ProjectToRefundWithAVeryLongNameThatGoesOnAndOnForTruncation" ADD CONSTRAINT "_ProjectToRefundWithAVeryLongNameThatGoesOnAndOnForTrunc_A_fkey" FOREIGN KEY ("A") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ProjectToRefundWithAVeryLongNameThatGoesOnAndOnForTruncation" ADD CONSTRAINT "_ProjectToRefundWithAVeryLongNameThatGoesOnAndOnForTrunc_B_fkey" FOREIGN KEY ("B") REFERENCES "RefundWithAVeryLongNameThatGoesOnAndOnForTruncation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ProjectToRegion" ADD CONSTRAINT "_ProjectToRegion_A_fkey" FOREIGN KEY ("A") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ProjectToRegion" ADD CONSTRAINT "_ProjectToRegion_B_fkey" FOREIGN KEY ("B") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;
