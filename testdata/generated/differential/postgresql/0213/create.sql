-- CreateEnum
CREATE TYPE "ShipmentKind" AS ENUM ('DONE', 'INACTIVE');

-- CreateEnum
CREATE TYPE "PlanKind" AS ENUM ('DONE');

-- CreateTable
CREATE TABLE "Invoice" (
    "id" SERIAL NOT NULL,
    "payload" DECIMAL,
    "startsAt" TEXT NOT NULL,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "members" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "position" BOOLEAN NOT NULL DEFAULT true,
    "status" UUID,
    "createdAt" INET NOT NULL DEFAULT '127.0.0.1',
    "flags" SMALLINT,
    "label" DATE DEFAULT '2024-01-02 00:00:00 +00:00',

    CONSTRAINT "members_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Message" (
    "id" TEXT NOT NULL,
    "payload" VARCHAR(111) NOT NULL,
    "avatar" BOOLEAN DEFAULT false,
    "email" DOUBLE PRECISION DEFAULT 1.5,
    "position_col" TIMETZ(5) DEFAULT CURRENT_TIMESTAMP,
    "planKind" "PlanKind" DEFAULT 'DONE',
    "invoiceId" INTEGER,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" INTEGER NOT NULL,
    "email" BOOLEAN[],
    "url" BOOLEAN DEFAULT false,
    "body" BYTEA,
    "color" DATE NOT NULL,
    "status" INTEGER NOT NULL,
    "invoiceId" INTEGER,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review" (
    "id" SERIAL NOT NULL,
    "note" BYTEA,
    "raw" macaddr,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Folder2" (
    "id" SERIAL NOT NULL,
    "amount" TIMESTAMP(3)[],

    CONSTRAINT "Folder2_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_startsAt_payload_key" ON "Invoice"("startsAt", "payload");

-- CreateIndex
CREATE UNIQUE INDEX "members_email_key" ON "members"("email");

-- CreateIndex
CREATE INDEX "message_email_0_ix" ON "Message"("email", "planKind");

-- CreateIndex
CREATE INDEX "Session_color_idx" ON "Session"("color");

-- CreateIndex
CREATE INDEX "session_color_1_ix" ON "Session"("color" DESC);
