-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pgcrypto";

-- CreateEnum
CREATE TYPE "shipmentkind_type" AS ENUM ('INACTIVE', 'HIGH');

-- CreateTable
CREATE TABLE "Ticket" (
    "id" BIGSERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "level" DECIMAL(10,1),
    "shipmentKind" "shipmentkind_type" NOT NULL DEFAULT 'INACTIVE',
    "raw" tsvector,
    "ticketId" BIGINT,

    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_slug_key" ON "Ticket"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_shipmentKind_key" ON "Ticket"("shipmentKind");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_ticketId_key" ON "Ticket"("ticketId");

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE SET NULL ON UPDATE CASCADE;
