-- CreateEnum
CREATE TYPE "ReviewKind" AS ENUM ('INACTIVE', 'HIGH');

-- CreateEnum
CREATE TYPE "ratingkind_type" AS ENUM ('HIGH', 'done_value', 'ACTIVE', 'PENDING');

-- CreateTable
CREATE TABLE "Rating2" (
    "id" TEXT NOT NULL,
    "isActive" INTEGER DEFAULT 42,
    "rating2Id" TEXT,

    CONSTRAINT "Rating2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvoiceLink" (
    "id" TEXT NOT NULL,
    "data" INET,
    "balance" OID NOT NULL DEFAULT 95,
    "email_col" BIT(3) NOT NULL DEFAULT '111',
    "reviewKind" "ReviewKind" NOT NULL,

    CONSTRAINT "InvoiceLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket" (
    "id" SERIAL NOT NULL,
    "verified" DECIMAL(65,30)[],
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "rating2Id" TEXT NOT NULL,
    "ticketId" INTEGER,

    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_TicketToRating2350" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_TicketToRating2350_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "Rating2_rating2Id_idx" ON "Rating2"("rating2Id");

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceLink_balance_key" ON "InvoiceLink"("balance");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_rating2Id_key" ON "Ticket"("rating2Id");

-- CreateIndex
CREATE INDEX "_TicketToRating2350_B_index" ON "_TicketToRating2350"("B");

-- AddForeignKey
ALTER TABLE "Rating2" ADD CONSTRAINT "Rating2_rating2Id_fkey" FOREIGN KEY ("rating2Id") REFERENCES "Rating2"("id") ON DELETE SET DEFAULT ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_rating2Id_fkey" FOREIGN KEY ("rating2Id") REFERENCES "Rating2"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_TicketToRating2350" ADD CONSTRAINT "_TicketToRating2350_A_fkey" FOREIGN KEY ("A") REFERENCES "Rating2"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_TicketToRating2350" ADD CONSTRAINT "_TicketToRating2350_B_fkey" FOREIGN KEY ("B") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;
