-- CreateEnum
CREATE TYPE "cartkind_type" AS ENUM ('HIGH', 'DONE', 'INACTIVE');

-- CreateEnum
CREATE TYPE "AddressKind" AS ENUM ('DONE', 'draft', 'LOW', 'PENDING');

-- CreateTable
CREATE TABLE "Ticket" (
    "id" SERIAL NOT NULL,
    "weight" TEXT NOT NULL DEFAULT 'fixed'::text,
    "ratio" DECIMAL(65,30) NOT NULL,
    "title" JSONB DEFAULT '{"a": 1}',
    "slug" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "createdAt" BOOLEAN,
    "code" INTEGER NOT NULL,
    "orderId" INTEGER NOT NULL,

    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" SERIAL NOT NULL,
    "amount" INTEGER DEFAULT 42,
    "label" BIGINT,
    "endsAt" BOOLEAN DEFAULT true,
    "ticketId" INTEGER NOT NULL,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_createdAt_key" ON "Ticket"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Order_endsAt_key" ON "Order"("endsAt");

-- CreateIndex
CREATE INDEX "Order_amount_idx" ON "Order"("amount");

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
