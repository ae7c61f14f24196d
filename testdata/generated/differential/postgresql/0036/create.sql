-- CreateEnum
CREATE TYPE "DeviceKind" AS ENUM ('DONE', 'Published');

-- CreateTable
CREATE TABLE "Order" (
    "id" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "startsat_col" BIGINT,
    "deviceKind" "DeviceKind",

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Order_handle_key" ON "Order"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Order_startsat_col_key" ON "Order"("startsat_col" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Order_startsat_col_deviceKind_key" ON "Order"("startsat_col", "deviceKind");
