-- CreateEnum
CREATE TYPE "UserKind" AS ENUM ('Published', 'ARCHIVED', 'inactive_value', 'DONE');

-- CreateTable
CREATE TABLE "Rating" (
    "id" SERIAL NOT NULL,
    "email" DECIMAL(65,30) NOT NULL,
    "userKind" "UserKind",

    CONSTRAINT "Rating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Profile" (
    "id" UUID NOT NULL,
    "balance" BYTEA NOT NULL,
    "score" DECIMAL,
    "name" BIGINT[],
    "name2" DECIMAL(65,30) DEFAULT 0,
    "userKind" "UserKind" NOT NULL DEFAULT 'inactive_value',
    "ratingId" INTEGER,

    CONSTRAINT "profile_primary" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "verified" DECIMAL(65,30) NOT NULL,
    "amount" TIMESTAMPTZ NOT NULL,
    "payload" TIMETZ(6),
    "userKind" "UserKind" NOT NULL,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Store" (
    "id" SERIAL NOT NULL,
    "count" BIGINT NOT NULL DEFAULT 0,
    "userKind" "UserKind" NOT NULL DEFAULT 'ARCHIVED',
    "memberTenantId" TEXT NOT NULL,
    "memberNumber" INTEGER NOT NULL,

    CONSTRAINT "Store_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shipment" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "amount" OID NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "balance" TEXT NOT NULL,
    "shipment2ProfileId" UUID,
    "shipment2ShipmentTenantId" TEXT,
    "shipment2ShipmentNumber" INTEGER,

    CONSTRAINT "Shipment_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Shipment2" (
    "profileId" UUID NOT NULL,
    "shipmentTenantId" TEXT NOT NULL,
    "shipmentNumber" INTEGER NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "profileId2" UUID NOT NULL,

    CONSTRAINT "Shipment2_pkey" PRIMARY KEY ("profileId","shipmentTenantId","shipmentNumber")
);

-- CreateIndex
CREATE INDEX "Rating_userKind_email_idx" ON "Rating"("userKind", "email");

-- CreateIndex
CREATE UNIQUE INDEX "Rating_email_userKind_key" ON "Rating"("email", "userKind");

-- CreateIndex
CREATE INDEX "profile_score_0_ix" ON "Profile"("score");

-- CreateIndex
CREATE INDEX "Profile_ratingId_idx" ON "Profile"("ratingId");

-- CreateIndex
CREATE INDEX "member_amount_0_ix" ON "Member"("amount", "userKind");

-- CreateIndex
CREATE INDEX "Store_memberTenantId_idx" ON "Store" USING SPGIST ("memberTenantId");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_slug_key" ON "Shipment"("slug");

-- CreateIndex
CREATE INDEX "Shipment_updatedAt_amount_idx" ON "Shipment"("updatedAt" DESC, "amount");

-- CreateIndex
CREATE INDEX "Shipment_amount_idx" ON "Shipment"("amount");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_shipment2ProfileId_shipment2ShipmentTenantId_shipm_key" ON "Shipment"("shipment2ProfileId", "shipment2ShipmentTenantId", "shipment2ShipmentNumber");

-- CreateIndex
CREATE INDEX "Shipment2_profileId2_idx" ON "Shipment2"("profileId2");

-- CreateIndex
CREATE INDEX "shipment2_profileid2_0_ix" ON "Shipment2"("profileId2" DESC);

-- AddForeignKey
ALTER TABLE "Profile" ADD CONSTRAINT "Profile_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "Rating"("id") ON DELETE NO ACTION ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Store" ADD CONSTRAINT "Store_memberTenantId_memberNumber_fkey" FOREIGN KEY ("memberTenantId", "memberNumber") REFERENCES "Member"("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_shipment2ProfileId_shipment2ShipmentTenantId_ship_fkey" FOREIGN KEY ("shipment2ProfileId", "shipment2ShipmentTenantId", "shipment2ShipmentNumber") REFERENCES "Shipment2"("profileId", "shipmentTenantId", "shipmentNumber") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Shipment2" ADD CONSTRAINT "Shipment2_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment2" ADD CONSTRAINT "Shipment2_shipmentTenantId_shipmentNumber_fkey" FOREIGN KEY ("shipmentTenantId", "shipmentNumber") REFERENCES "Shipment"("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shipment2" ADD CONSTRAINT "Shipment2_profileId2_fkey" FOREIGN KEY ("profileId2") REFERENCES "Profile"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;
