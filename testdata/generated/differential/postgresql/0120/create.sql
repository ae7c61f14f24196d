-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "hstore";

-- CreateEnum
CREATE TYPE "MemberKind" AS ENUM ('Published');

-- CreateTable
CREATE TABLE "Shipment" (
    "id" SERIAL NOT NULL,
    "title" INTEGER NOT NULL DEFAULT 42,
    "title2" VARBIT(8),
    "meta" DECIMAL,
    "memberKind" "MemberKind"[],
    "raw" cidr,
    "userid_ref" INTEGER,

    CONSTRAINT "Shipment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" BIGINT[],
    "secret" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "weight" INTEGER,
    "balance" REAL NOT NULL,
    "name" CHAR,
    "memberKind" "MemberKind" NOT NULL DEFAULT 'Published',
    "raw" box,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "size" TEXT NOT NULL,
    "isActive" INTEGER NOT NULL,
    "price" INTEGER DEFAULT (1 + 2),
    "code" BOOLEAN DEFAULT true,
    "amount" TEXT NOT NULL,
    "flags" VARCHAR(38) NOT NULL DEFAULT 'a "quoted" word',
    "projectId" UUID NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Address" (
    "id" SERIAL NOT NULL,
    "handle" TEXT NOT NULL,
    "meta" BOOLEAN,
    "flags" TIMESTAMP(3) NOT NULL DEFAULT now(),
    "memberKind" "MemberKind" NOT NULL DEFAULT 'Published',
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "addressHandle" TEXT,

    CONSTRAINT "Address_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_AddressToShipment" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_AddressToShipment_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_title2_key" ON "Shipment"("title2");

-- CreateIndex
CREATE UNIQUE INDEX "Project_secret_key" ON "Project"("secret");

-- CreateIndex
CREATE INDEX "User_projectId_idx" ON "User"("projectId");

-- CreateIndex
CREATE INDEX "user_projectid_0_ix" ON "User"("projectId", "price");

-- CreateIndex
CREATE INDEX "User_size_idx" ON "User" USING SPGIST ("size");

-- CreateIndex
CREATE UNIQUE INDEX "Address_handle_key" ON "Address"("handle");

-- CreateIndex
CREATE INDEX "_AddressToShipment_B_index" ON "_AddressToShipment"("B");

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_userid_ref_fkey" FOREIGN KEY ("userid_ref") REFERENCES "User"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Address" ADD CONSTRAINT "Address_addressHandle_fkey" FOREIGN KEY ("addressHandle") REFERENCES "Address"("handle") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AddressToShipment" ADD CONSTRAINT "_AddressToShipment_A_fkey" FOREIGN KEY ("A") REFERENCES "Address"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AddressToShipment" ADD CONSTRAINT "_AddressToShipment_B_fkey" FOREIGN KEY ("B") REFERENCES "Shipment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
