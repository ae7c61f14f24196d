-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "color_col" BIGINT,
    "version" INTEGER NOT NULL DEFAULT -7,
    "slug" TEXT NOT NULL DEFAULT 'fixed'::text,
    "amount" TEXT,
    "position" BOOLEAN,
    "rank" TIMESTAMP NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket" (
    "id" SERIAL NOT NULL,
    "amount" DECIMAL(11,4),
    "deviceId" TEXT,
    "couponId" TEXT,

    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Coupon" (
    "id" TEXT NOT NULL,
    "secret" JSONB,
    "raw" cidr,
    "addressEmail" TEXT,

    CONSTRAINT "Coupon_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Address" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "flags" BIGINT NOT NULL,
    "weight_col" TEXT NOT NULL,
    "endsAt" INTEGER NOT NULL DEFAULT -7,
    "avatar" TIMESTAMPTZ[],
    "ticketId" INTEGER,

    CONSTRAINT "Address_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Device" (
    "id" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "avatar" BOOLEAN,
    "code" INTEGER NOT NULL,
    "score" BYTEA,
    "userId" INTEGER,

    CONSTRAINT "Device_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_rank_email_idx" ON "User"("rank", "email");

-- CreateIndex
CREATE INDEX "User_slug_idx" ON "User"("slug");

-- CreateIndex
CREATE INDEX "Ticket_amount_idx" ON "Ticket"("amount");

-- CreateIndex
CREATE INDEX "Ticket_deviceId_idx" ON "Ticket" USING SPGIST ("deviceId");

-- CreateIndex
CREATE INDEX "coupon_addressemail_0_ix" ON "Coupon"("addressEmail");

-- CreateIndex
CREATE UNIQUE INDEX "Address_email_key" ON "Address"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Address_ticketId_key" ON "Address"("ticketId");

-- CreateIndex
CREATE INDEX "Address_ticketId_idx" ON "Address"("ticketId");

-- CreateIndex
CREATE INDEX "address_ticketid_1_ix" ON "Address"("ticketId" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Device_handle_key" ON "Device"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Device_code_key" ON "Device"("code" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Device_userId_key" ON "Device"("userId");

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "Device"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_couponId_fkey" FOREIGN KEY ("couponId") REFERENCES "Coupon"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Coupon" ADD CONSTRAINT "Coupon_addressEmail_fkey" FOREIGN KEY ("addressEmail") REFERENCES "Address"("email") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Address" ADD CONSTRAINT "Address_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device" ADD CONSTRAINT "Device_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
