-- CreateTable
CREATE TABLE "tickets" (
    "id" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "amount_col" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "meta" REAL NOT NULL,
    "flags_col" BOOLEAN NOT NULL,
    "ratio_col" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ticketId" INTEGER,
    "ticketId2" INTEGER,

    CONSTRAINT "tickets_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "tickets_email_key" ON "tickets"("email");

-- CreateIndex
CREATE INDEX "tickets_ticketId_idx" ON "tickets"("ticketId");

-- AddForeignKey
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "tickets"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_ticketId2_fkey" FOREIGN KEY ("ticketId2") REFERENCES "tickets"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;
