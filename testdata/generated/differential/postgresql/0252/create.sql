-- CreateEnum
CREATE TYPE "AccountKind" AS ENUM ('ARCHIVED');

-- CreateTable
CREATE TABLE "payments" (
    "id" BIGSERIAL NOT NULL,
    "weight" INTEGER NOT NULL,
    "accountKind" "AccountKind"[] DEFAULT ARRAY['ARCHIVED']::"AccountKind"[],
    "eventId" INTEGER,

    CONSTRAINT "payments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" SERIAL NOT NULL,
    "price" INTEGER DEFAULT (1 + 2),
    "amount" JSONB DEFAULT '{"a": 1}',
    "createdAt" BYTEA[],
    "kind" INTEGER,
    "weight" DATE NOT NULL DEFAULT '2024-01-02 00:00:00 +00:00',
    "note" BOOLEAN NOT NULL DEFAULT false,
    "accountKind" "AccountKind" DEFAULT 'ARCHIVED',
    "paymentId" BIGINT NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Device" (
    "device_id" UUID NOT NULL,
    "note" TEXT NOT NULL,

    CONSTRAINT "Device_pkey" PRIMARY KEY ("device_id")
);

-- CreateIndex
CREATE INDEX "payments_eventId_idx" ON "payments"("eventId");

-- CreateIndex
CREATE INDEX "payment_eventid_0_ix" ON "payments"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "Event_price_key" ON "Event"("price");

-- CreateIndex
CREATE INDEX "Event_paymentId_accountKind_idx" ON "Event"("paymentId", "accountKind");

-- CreateIndex
CREATE UNIQUE INDEX "Event_weight_accountKind_key" ON "Event"("weight", "accountKind");

-- CreateIndex
CREATE INDEX "Device_note_idx" ON "Device"("note" DESC);

-- AddForeignKey
ALTER TABLE "payments" ADD CONSTRAINT "payments_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "event_paymentid_fk" FOREIGN KEY ("paymentId") REFERENCES "payments"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
