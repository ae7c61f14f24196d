-- CreateEnum
CREATE TYPE "CouponKind" AS ENUM ('HIGH', 'LOW');

-- CreateEnum
CREATE TYPE "eventkind_type" AS ENUM ('INACTIVE');

-- CreateTable
CREATE TABLE "logs" (
    "id" SERIAL NOT NULL,
    "position" JSONB,
    "name" TEXT NOT NULL,
    "size" JSONB DEFAULT '[]',
    "color" BIT NOT NULL,
    "total" OID NOT NULL DEFAULT 60,

    CONSTRAINT "logs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plans" (
    "id" SMALLSERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "note" BOOLEAN DEFAULT true,
    "meta" BOOLEAN[] DEFAULT ARRAY[true, false]::BOOLEAN[],
    "version" BIGINT[],
    "label_col" BIGINT,

    CONSTRAINT "plans_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" BIGSERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "verified" BOOLEAN,
    "eventKind" "eventkind_type" NOT NULL DEFAULT 'INACTIVE',
    "eventId" BIGINT,

    CONSTRAINT "EventWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemberLink" (
    "id" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "color" DOUBLE PRECISION NOT NULL,
    "data2" DECIMAL(65,30)[],
    "label_col" BYTEA,

    CONSTRAINT "MemberLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "label" BOOLEAN NOT NULL,
    "kind" BYTEA,
    "url" TIMETZ(6) NOT NULL,
    "url2" BOOLEAN NOT NULL DEFAULT false,
    "count" DOUBLE PRECISION NOT NULL,
    "startsAt" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "ordertenantid_ref" TEXT,
    "ordernumber_ref" INTEGER,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE INDEX "logs_total_idx" ON "logs"("total");

-- CreateIndex
CREATE UNIQUE INDEX "plans_slug_key" ON "plans"("slug");

-- CreateIndex
CREATE INDEX "plans_note_idx" ON "plans"("note");

-- CreateIndex
CREATE INDEX "plan_note_1_ix" ON "plans"("note");

-- CreateIndex
CREATE UNIQUE INDEX "EventWithAVeryLongNameThatGoesOnAndOnForTruncation_slug_key" ON "EventWithAVeryLongNameThatGoesOnAndOnForTruncation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "eventwithaverylongnamethatgoesonandonfor_eventid_one" ON "EventWithAVeryLongNameThatGoesOnAndOnForTruncation"("eventId");

-- CreateIndex
CREATE INDEX "EventWithAVeryLongNameThatGoesOnAndOnForTruncation_verified_idx" ON "EventWithAVeryLongNameThatGoesOnAndOnForTruncation"("verified" DESC, "eventId");

-- CreateIndex
CREATE INDEX "eventwithaverylongnamethatgoesonandonfor_slug_1_ix" ON "EventWithAVeryLongNameThatGoesOnAndOnForTruncation"("slug");

-- CreateIndex
CREATE INDEX "MemberLink_color_idx" ON "MemberLink"("color");

-- CreateIndex
CREATE INDEX "memberlink_color_1_ix" ON "MemberLink"("color");

-- CreateIndex
CREATE INDEX "MemberLink_data_idx" ON "MemberLink" USING GIN ("data" jsonb_path_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Order_count_key" ON "Order"("count");

-- CreateIndex
CREATE INDEX "Order_ordertenantid_ref_ordernumber_ref_idx" ON "Order"("ordertenantid_ref", "ordernumber_ref");

-- CreateIndex
CREATE INDEX "Order_ordertenantid_ref_idx" ON "Order"("ordertenantid_ref");

-- AddForeignKey
ALTER TABLE "EventWithAVeryLongNameThatGoesOnAndOnForTruncation" ADD CONSTRAINT "EventWithAVeryLongNameThatGoesOnAndOnForTruncation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "EventWithAVeryLongNameThatGoesOnAndOnForTruncation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_ordertenantid_ref_ordernumber_ref_fkey" FOREIGN KEY ("ordertenantid_ref", "ordernumber_ref") REFERENCES "Order"("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE;
