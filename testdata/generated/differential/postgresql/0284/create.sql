-- CreateEnum
CREATE TYPE "TicketKind" AS ENUM ('Published', 'PENDING', 'LOW', 'ACTIVE');

-- CreateTable
CREATE TABLE "Folder" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "weight" DECIMAL(65,30) NOT NULL DEFAULT 2.25,
    "amount" TEXT NOT NULL,
    "name" DECIMAL(20,2) NOT NULL,
    "version" INTEGER DEFAULT 42,
    "payload" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "email" TIMESTAMP(3) NOT NULL,
    "ticketKind" "TicketKind" NOT NULL,

    CONSTRAINT "folder_pk" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "Price" (
    "id" TEXT NOT NULL,
    "version" BOOLEAN NOT NULL,
    "position_col" BOOLEAN,
    "ticketKind" "TicketKind" NOT NULL,

    CONSTRAINT "price_primary" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "coupons" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TIMETZ NOT NULL,
    "createdAt" INTEGER NOT NULL,
    "name" INTEGER DEFAULT 42,
    "level" BIGINT,
    "ticketKind" "TicketKind" DEFAULT 'Published',

    CONSTRAINT "coupon_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Address" (
    "id" TEXT NOT NULL,
    "title" DECIMAL[],

    CONSTRAINT "address_primary" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Folder_ticketKind_idx" ON "Folder"("ticketKind");

-- CreateIndex
CREATE INDEX "Folder_amount_idx" ON "Folder"("amount");

-- CreateIndex
CREATE UNIQUE INDEX "Price_position_col_key" ON "Price"("position_col");

-- CreateIndex
CREATE INDEX "coupons_email_idx" ON "coupons"("email");
