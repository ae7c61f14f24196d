-- CreateEnum
CREATE TYPE "ShipmentKind" AS ENUM ('draft');

-- CreateTable
CREATE TABLE "prices" (
    "id" INTEGER NOT NULL,
    "kind" BYTEA[],
    "startsAt" TIMESTAMP(3),
    "meta" INTEGER NOT NULL,
    "payload_col" DOUBLE PRECISION NOT NULL,
    "note" SMALLINT NOT NULL,
    "status_col" TEXT,
    "roleId" BIGINT,
    "refundId" BIGINT NOT NULL,
    "refundId2" BIGINT NOT NULL,

    CONSTRAINT "prices_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Role" (
    "id" BIGSERIAL NOT NULL,
    "amount_col" INTEGER DEFAULT (1 + 2),
    "publishedAt" JSON NOT NULL DEFAULT '{"a": 1}',

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Refund" (
    "id" BIGSERIAL NOT NULL,
    "publishedAt" TEXT,
    "secret" JSON NOT NULL,
    "startsAt" OID[] DEFAULT ARRAY[1, 2, 3]::OID[],
    "meta" TIMESTAMP(3)[],
    "title" BIGINT NOT NULL DEFAULT 0,
    "createdAt" UUID[],
    "shipmentKind" "ShipmentKind" DEFAULT 'draft',
    "roleId" BIGINT NOT NULL,

    CONSTRAINT "Refund_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "prices_refundId2_key" ON "prices"("refundId2");

-- CreateIndex
CREATE INDEX "prices_payload_col_idx" ON "prices"("payload_col");

-- CreateIndex
CREATE INDEX "price_payload_1_ix" ON "prices"("payload_col");

-- CreateIndex
CREATE UNIQUE INDEX "Role_amount_col_key" ON "Role"("amount_col");

-- CreateIndex
CREATE INDEX "Role_amount_col_idx" ON "Role"("amount_col");

-- CreateIndex
CREATE INDEX "role_amount_1_ix" ON "Role"("amount_col");

-- AddForeignKey
ALTER TABLE "prices" ADD CONSTRAINT "prices_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "prices" ADD CONSTRAINT "prices_refundId_fkey" FOREIGN KEY ("refundId") REFERENCES "Refund"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "prices" ADD CONSTRAINT "prices_refundId2_fkey" FOREIGN KEY ("refundId2") REFERENCES "Refund"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;
