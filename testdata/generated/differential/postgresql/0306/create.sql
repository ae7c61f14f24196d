-- CreateEnum
CREATE TYPE "ShipmentKind" AS ENUM ('active_value', 'INACTIVE', 'archived_value');

-- CreateTable
CREATE TABLE "Member2" (
    "id" TEXT NOT NULL,
    "hash" TEXT DEFAULT 'it''s',
    "status" DATE NOT NULL DEFAULT CURRENT_DATE,
    "version" TIMESTAMP(3) NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "status2" REAL,
    "email" TEXT NOT NULL,
    "avatar" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "shipmentKind" "ShipmentKind" NOT NULL DEFAULT 'archived_value',

    CONSTRAINT "Member2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order2" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "ratio" BYTEA NOT NULL,

    CONSTRAINT "order2_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Store" (
    "id" SERIAL NOT NULL,
    "flags" VARCHAR[],
    "endsAt" INTEGER DEFAULT 0,
    "endsAt2" JSON NOT NULL DEFAULT '{"a": 1}',
    "shipmentKind" "ShipmentKind" NOT NULL DEFAULT 'active_value',
    "raw" lseg,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Store_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Note" (
    "id" TEXT NOT NULL,
    "email" DOUBLE PRECISION[],
    "raw" macaddr,

    CONSTRAINT "Note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Address" (
    "id" SERIAL NOT NULL,
    "price" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ratio" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "label_col" DECIMAL(65,30),
    "shipmentKind" "ShipmentKind" NOT NULL DEFAULT 'active_value',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Address_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Member2_status2_idx" ON "Member2"("status2");

-- CreateIndex
CREATE INDEX "Member2_hash_idx" ON "Member2"("hash");

-- CreateIndex
CREATE UNIQUE INDEX "Member2_status2_avatar_key" ON "Member2"("status2", "avatar");

-- CreateIndex
CREATE UNIQUE INDEX "Store_shipmentKind_key" ON "Store"("shipmentKind");

-- CreateIndex
CREATE INDEX "Store_endsAt_idx" ON "Store"("endsAt" DESC);

-- CreateIndex
CREATE INDEX "store_endsat_1_ix" ON "Store"("endsAt");

-- CreateIndex
CREATE INDEX "Note_id_idx" ON "Note" USING SPGIST ("id");

-- CreateIndex
CREATE UNIQUE INDEX "Address_price_key" ON "Address"("price");

-- CreateIndex
CREATE INDEX "Address_label_col_shipmentKind_idx" ON "Address"("label_col", "shipmentKind");

-- CreateIndex
CREATE INDEX "Address_shipmentKind_idx" ON "Address"("shipmentKind");
