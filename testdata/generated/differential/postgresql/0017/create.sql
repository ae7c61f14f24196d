-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "audit";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "base";

-- CreateTable
CREATE TABLE "audit"."files" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "flags" INTEGER,
    "level" DECIMAL(65,30) DEFAULT 2.25,
    "isactive_col" TIMESTAMP(3),
    "weight" JSONB NOT NULL,
    "orderId" UUID,

    CONSTRAINT "files_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "base"."Team" (
    "id" TEXT NOT NULL,
    "color" DECIMAL NOT NULL DEFAULT 2.25,
    "url" BYTEA NOT NULL,
    "startsAt" INTEGER,
    "position" BIGINT,
    "startsAt2" TEXT NOT NULL DEFAULT 'fixed'::text,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" SERIAL NOT NULL,
    "price" INTEGER NOT NULL,
    "data" TEXT NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "base"."Order" (
    "order_id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" DECIMAL(65,30) NOT NULL DEFAULT 1.5,
    "price" BYTEA,
    "isActive" CHAR(18) NOT NULL DEFAULT 'abcdefgh',
    "meta" JSONB DEFAULT '{"a": 1}',

    CONSTRAINT "Order_pkey" PRIMARY KEY ("order_id")
);

-- CreateTable
CREATE TABLE "base"."_OrderToTeam" (
    "A" UUID NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_OrderToTeam_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "files_slug_key" ON "audit"."files"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "files_level_key" ON "audit"."files"("level");

-- CreateIndex
CREATE UNIQUE INDEX "files_orderId_key" ON "audit"."files"("orderId");

-- CreateIndex
CREATE INDEX "Event_price_idx" ON "Event" USING HASH ("price");

-- CreateIndex
CREATE INDEX "Event_data_idx" ON "Event"("data");

-- CreateIndex
CREATE UNIQUE INDEX "Order_kind_key" ON "base"."Order"("kind");

-- CreateIndex
CREATE INDEX "Order_kind_idx" ON "base"."Order"("kind");

-- CreateIndex
CREATE INDEX "order_kind_1_ix" ON "base"."Order"("kind");

-- CreateIndex
CREATE INDEX "_OrderToTeam_B_index" ON "base"."_OrderToTeam"("B");

-- AddForeignKey
ALTER TABLE "audit"."files" ADD CONSTRAINT "files_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "base"."Order"("order_id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "base"."_OrderToTeam" ADD CONSTRAINT "_OrderToTeam_A_fkey" FOREIGN KEY ("A") REFERENCES "base"."Order"("order_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "base"."_OrderToTeam" ADD CONSTRAINT "_OrderToTeam_B_fkey" FOREIGN KEY ("B") REFERENCES "base"."Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;
