-- CreateEnum
CREATE TYPE "ProjectKind" AS ENUM ('INACTIVE', 'LOW');

-- CreateEnum
CREATE TYPE "NoteKind" AS ENUM ('PENDING');

-- CreateTable
CREATE TABLE "Refund" (
    "id" UUID NOT NULL,
    "rank" INET[],
    "kind" TIMESTAMP(3) NOT NULL DEFAULT (now() + '1 day'::interval),
    "url" TEXT NOT NULL,
    "weight" INTEGER DEFAULT -7,
    "email" DOUBLE PRECISION[],
    "noteKind" "NoteKind",
    "raw" lseg,
    "shipmentId" TEXT NOT NULL,

    CONSTRAINT "Refund_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment" (
    "shipment_id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "data" BYTEA,
    "label" BOOLEAN,
    "amount" DOUBLE PRECISION[],

    CONSTRAINT "Shipment_pkey" PRIMARY KEY ("shipment_id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" BIGSERIAL NOT NULL,
    "kind" BIGINT DEFAULT 0,
    "rank" BYTEA,
    "data" BIGINT NOT NULL DEFAULT 0,
    "label" TIMESTAMP(3) NOT NULL DEFAULT (now() + '1 day'::interval),

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "shipmentId" TEXT NOT NULL,
    "sessionId" BIGINT NOT NULL,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("shipmentId","sessionId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Refund_shipmentId_key" ON "Refund"("shipmentId");

-- CreateIndex
CREATE INDEX "Refund_noteKind_idx" ON "Refund"("noteKind");

-- CreateIndex
CREATE INDEX "Refund_rank_idx" ON "Refund" USING GIN ("rank");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_email_key" ON "Shipment"("email");

-- CreateIndex
CREATE INDEX "Shipment_label_idx" ON "Shipment"("label" DESC);

-- CreateIndex
CREATE INDEX "shipment_label_1_ix" ON "Shipment"("label" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "shipment_pair_key" ON "Shipment"("label", "email");

-- CreateIndex
CREATE INDEX "Session_data_idx" ON "Session"("data");

-- CreateIndex
CREATE INDEX "Comment_shipmentId_idx" ON "Comment" USING SPGIST ("shipmentId");

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment"("shipment_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment"("shipment_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;
