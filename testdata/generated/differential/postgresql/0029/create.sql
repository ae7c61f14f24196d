-- CreateTable
CREATE TABLE "Shipment" (
    "id" SERIAL NOT NULL,
    "meta" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "shipmentId" INTEGER,

    CONSTRAINT "Shipment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Role" (
    "id" SMALLSERIAL NOT NULL,
    "kind" JSONB NOT NULL DEFAULT '[]',
    "hash" BYTEA,
    "weight" JSONB DEFAULT '[]',
    "raw" polygon,
    "shipmentId" INTEGER NOT NULL,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_RoleToShipment" (
    "A" SMALLINT NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_RoleToShipment_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "shipment_shipmentid_0_ix" ON "Shipment"("shipmentId" DESC);

-- CreateIndex
CREATE INDEX "Shipment_shipmentId_idx" ON "Shipment"("shipmentId");

-- CreateIndex
CREATE INDEX "Role_shipmentId_idx" ON "Role" USING BRIN ("shipmentId");

-- CreateIndex
CREATE INDEX "_RoleToShipment_B_index" ON "_RoleToShipment"("B");

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment"("id") ON DELETE RESTRICT ON UPDATE SET DEFAULT;

-- AddForeignKey
ALTER TABLE "_RoleToShipment" ADD CONSTRAINT "_RoleToShipment_A_fkey" FOREIGN KEY ("A") REFERENCES "Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_RoleToShipment" ADD CONSTRAINT "_RoleToShipment_B_fkey" FOREIGN KEY ("B") REFERENCES "Shipment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
