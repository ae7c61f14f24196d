-- CreateTable
CREATE TABLE "Shipment" (
    "id" SERIAL NOT NULL,
    "price" DOUBLE PRECISION[],
    "total_col" TIMESTAMP(3)[],
    "raw" Int4,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Shipment_pkey" PRIMARY KEY ("id")
);
