-- CreateEnum
CREATE TYPE "TicketKind" AS ENUM ('LOW', 'HIGH', 'PENDING');

-- CreateTable
CREATE TABLE "Store" (
    "id" SMALLSERIAL NOT NULL,
    "createdAt" JSON,
    "url" TIMESTAMP(3)[],
    "amount" TIMESTAMP(3) NOT NULL,
    "hash" DECIMAL(65,30) DEFAULT 2.25,
    "endsAt" DOUBLE PRECISION,
    "eventNumber" INTEGER,
    "eventTenantId" TEXT,

    CONSTRAINT "Store_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Coupon" (
    "id" SERIAL NOT NULL,
    "level" BOOLEAN DEFAULT true,
    "color" INET,
    "meta_col" TIMESTAMP(3) NOT NULL DEFAULT now(),
    "count" TEXT[],
    "isActive" JSONB,
    "level2" BIGINT DEFAULT 0,
    "ticketKind" "TicketKind" NOT NULL DEFAULT 'LOW',
    "tagId" TEXT NOT NULL,
    "couponid_ref" INTEGER,

    CONSTRAINT "Coupon_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "events" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "endsAt" JSON,
    "balance" DOUBLE PRECISION,
    "score_col" DECIMAL(65,30) NOT NULL,

    CONSTRAINT "event_pk" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "count" BOOLEAN NOT NULL,
    "level" TIMESTAMPTZ(1) NOT NULL,
    "ticketKind" "TicketKind" NOT NULL,
    "raw" polygon,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Coupon_ticketKind_key" ON "Coupon"("ticketKind" DESC);

-- CreateIndex
CREATE INDEX "Coupon_tagId_idx" ON "Coupon"("tagId");

-- CreateIndex
CREATE INDEX "Coupon_color_level2_idx" ON "Coupon"("color", "level2");

-- CreateIndex
CREATE INDEX "Coupon_count_idx" ON "Coupon" USING GIN ("count");

-- CreateIndex
CREATE UNIQUE INDEX "events_balance_key" ON "events"("balance");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_handle_key" ON "Tag"("handle");

-- CreateIndex
CREATE INDEX "Tag_handle_idx" ON "Tag"("handle");

-- AddForeignKey
ALTER TABLE "Store" ADD CONSTRAINT "Store_eventNumber_eventTenantId_fkey" FOREIGN KEY ("eventNumber", "eventTenantId") REFERENCES "events"("number", "tenantId") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Coupon" ADD CONSTRAINT "Coupon_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Coupon" ADD CONSTRAINT "Coupon_couponid_ref_fkey" FOREIGN KEY ("couponid_ref") REFERENCES "Coupon"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;
