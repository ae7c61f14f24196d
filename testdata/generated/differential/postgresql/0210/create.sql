-- CreateEnum
CREATE TYPE "AccountKind" AS ENUM ('done_value');

-- CreateTable
CREATE TABLE "ShipmentWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL,
    "url" INTEGER,
    "flags" TEXT[],

    CONSTRAINT "ShipmentWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cart_v2" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "startsAt" BYTEA NOT NULL,
    "payload_col" TIMESTAMP(3) NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "avatar" TIME(0) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "shipmentId" INTEGER NOT NULL,
    "userTenantId" TEXT,
    "userNumber" INTEGER,

    CONSTRAINT "Cart_v2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" BOOLEAN NOT NULL DEFAULT true,
    "amount" TEXT,
    "slug" TIMESTAMP(3) NOT NULL,
    "accountKind" "AccountKind" NOT NULL,
    "shipmentId" INTEGER NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "cartwithaverylongnamethatgoesonandonfortruncations" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "note" INTEGER NOT NULL,
    "price" INTEGER NOT NULL DEFAULT 0,
    "color" TEXT DEFAULT 'it''s',
    "level" TIME NOT NULL,
    "label" TIMESTAMP(3),
    "accountKind" "AccountKind" NOT NULL,
    "shipmentId" INTEGER NOT NULL,
    "userTenantId" TEXT NOT NULL,
    "userNumber" INTEGER NOT NULL,

    CONSTRAINT "cartwithaverylongnamethatgoesonandonfortruncations_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateIndex
CREATE UNIQUE INDEX "ShipmentWithAVeryLongNameThatGoesOnAndOnForTruncation_url_key" ON "ShipmentWithAVeryLongNameThatGoesOnAndOnForTruncation"("url");

-- CreateIndex
CREATE INDEX "ShipmentWithAVeryLongNameThatGoesOnAndOnForTruncation_url_idx" ON "ShipmentWithAVeryLongNameThatGoesOnAndOnForTruncation"("url");

-- CreateIndex
CREATE UNIQUE INDEX "Cart_v2_email_key" ON "Cart_v2"("email");

-- CreateIndex
CREATE UNIQUE INDEX "cart_v2_status_uq" ON "Cart_v2"("status");

-- CreateIndex
CREATE INDEX "Cart_v2_shipmentId_idx" ON "Cart_v2"("shipmentId");

-- CreateIndex
CREATE INDEX "cart_v2_shipmentid_0_ix" ON "Cart_v2"("shipmentId" DESC, "userNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Cart_v2_userTenantId_userNumber_key" ON "Cart_v2"("userTenantId", "userNumber");

-- CreateIndex
CREATE UNIQUE INDEX "User_title_key" ON "User"("title");

-- CreateIndex
CREATE INDEX "cartwithaverylongnamethatgoesonandonfortruncations_userTena_idx" ON "cartwithaverylongnamethatgoesonandonfortruncations"("userTenantId", "userNumber");

-- CreateIndex
CREATE INDEX "cartwithaverylongnamethatgoesonandonfort_note_0_ix" ON "cartwithaverylongnamethatgoesonandonfortruncations"("note", "price");

-- CreateIndex
CREATE INDEX "cartwithaverylongnamethatgoesonandonfort_tenantid_sx" ON "cartwithaverylongnamethatgoesonandonfortruncations" USING SPGIST ("tenantId");

-- AddForeignKey
ALTER TABLE "Cart_v2" ADD CONSTRAINT "Cart_v2_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "ShipmentWithAVeryLongNameThatGoesOnAndOnForTruncation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cart_v2" ADD CONSTRAINT "Cart_v2_userTenantId_userNumber_fkey" FOREIGN KEY ("userTenantId", "userNumber") REFERENCES "User"("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "ShipmentWithAVeryLongNameThatGoesOnAndOnForTruncation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cartwithaverylongnamethatgoesonandonfortruncations" ADD CONSTRAINT "cartwithaverylongnamethatgoesonandonfortruncations_shipmen_fkey" FOREIGN KEY ("shipmentId") REFERENCES "ShipmentWithAVeryLongNameThatGoesOnAndOnForTruncation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cartwithaverylongnamethatgoesonandonfortruncations" ADD CONSTRAINT "cartwithaverylongnamethatgoesonandonfort_usertenantid_fk" FOREIGN KEY ("userTenantId", "userNumber") REFERENCES "User"("tenantId", "number") ON DELETE RESTRICT ON UPDATE RESTRICT;
