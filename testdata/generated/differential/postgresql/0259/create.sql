-- CreateEnum
CREATE TYPE "ProductKind" AS ENUM ('LOW', 'draft', 'INACTIVE');

-- CreateEnum
CREATE TYPE "ShipmentKind" AS ENUM ('HIGH');

-- CreateTable
CREATE TABLE "Profile" (
    "id" SERIAL NOT NULL,
    "amount" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "position" TIMESTAMP(3) NOT NULL DEFAULT (now() + '1 day'::interval),
    "ratio" SMALLINT NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Note" (
    "id" SERIAL NOT NULL,
    "price_col" DECIMAL(16,2) NOT NULL,
    "endsAt" TEXT NOT NULL,
    "expiresAt" VARCHAR(30)[],
    "raw" box,
    "noteId" INTEGER,

    CONSTRAINT "Note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Price" (
    "id" TEXT NOT NULL,
    "status" TIMETZ(4) NOT NULL,
    "data" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "verified" TEXT,
    "raw" cidr,

    CONSTRAINT "Price_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Folder" (
    "id" SERIAL NOT NULL,
    "verified" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "slug_col" JSONB DEFAULT '{}',
    "total" BIGINT NOT NULL DEFAULT 0,
    "verified2" XML,
    "updatedAt" BOOLEAN,
    "weight" JSONB,
    "shipmentKind" "ShipmentKind" NOT NULL DEFAULT 'HIGH',

    CONSTRAINT "Folder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "folderId" INTEGER NOT NULL,
    "profileId" INTEGER NOT NULL,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("folderId","profileId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Profile_amount_key" ON "Profile"("amount");

-- CreateIndex
CREATE UNIQUE INDEX "Project_slug_key" ON "Project"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Project_slug_ratio_key" ON "Project"("slug", "ratio");

-- CreateIndex
CREATE UNIQUE INDEX "Note_price_col_key" ON "Note"("price_col");

-- CreateIndex
CREATE UNIQUE INDEX "Note_noteId_key" ON "Note"("noteId");

-- CreateIndex
CREATE INDEX "Note_price_col_endsAt_idx" ON "Note"("price_col", "endsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Price_status_key" ON "Price"("status");

-- CreateIndex
CREATE INDEX "Price_data_idx" ON "Price"("data");

-- CreateIndex
CREATE INDEX "Price_verified_idx" ON "Price" USING SPGIST ("verified");

-- CreateIndex
CREATE UNIQUE INDEX "price_pair_key" ON "Price"("data", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Folder_updatedAt_key" ON "Folder"("updatedAt");

-- AddForeignKey
ALTER TABLE "Note" ADD CONSTRAINT "Note_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "Note"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_folderId_fkey" FOREIGN KEY ("folderId") REFERENCES "Folder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
