-- AlterTable
ALTER TABLE "TicketEntry" ALTER COLUMN "raw" SET DATA TYPE Int4;
