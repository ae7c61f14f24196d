-- CreateTable
CREATE TABLE "channels" (
    "id" SERIAL NOT NULL,
    "expiresAt" INTEGER NOT NULL DEFAULT 42,
    "endsat_col" TIMETZ NOT NULL,
    "flags_col" XML NOT NULL,
    "status" TEXT[],
    "note" BYTEA,
    "secret" BOOLEAN,

    CONSTRAINT "channels_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment2" (
    "id" UUID NOT NULL,
    "hash_col" TEXT,
    "avatar" TEXT NOT NULL,
    "amount" MONEY NOT NULL,
    "weight" TEXT NOT NULL,
    "createdAt" TEXT,
    "expiresAt" OID,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "shipment2_primary" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment" (
    "id" UUID NOT NULL,
    "hash" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT -7,
    "email" BOOLEAN NOT NULL,
    "amount" TEXT NOT NULL,

    CONSTRAINT "Shipment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "channel_endsat_uq" ON "channels"("endsat_col");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment2_expiresAt_key" ON "Shipment2"("expiresAt");

-- CreateIndex
CREATE INDEX "Shipment2_amount_idx" ON "Shipment2"("amount");

-- CreateIndex
CREATE INDEX "Shipment2_weight_idx" ON "Shipment2"("weight");

-- CreateIndex
CREATE INDEX "shipment_hash_0_ix" ON "Shipment"("hash");
