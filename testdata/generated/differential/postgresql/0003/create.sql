-- CreateEnum
CREATE TYPE "AddressKind" AS ENUM ('ACTIVE', 'PENDING', 'LOW', 'Published');

-- CreateEnum
CREATE TYPE "OrderKind" AS ENUM ('INACTIVE', 'PENDING', 'ARCHIVED');

-- CreateTable
CREATE TABLE "Invoice" (
    "id" SERIAL NOT NULL,
    "handle" TEXT NOT NULL,
    "verified" BOOLEAN[] DEFAULT ARRAY[true, false]::BOOLEAN[],
    "verified2" BIGINT NOT NULL,
    "startsAt" BYTEA NOT NULL,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_handle_key" ON "Invoice"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_handle_verified2_key" ON "Invoice"("handle", "verified2");
