-- CreateEnum
CREATE TYPE "SessionKind" AS ENUM ('draft', 'HIGH');

-- CreateTable
CREATE TABLE "Address" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "score" TIME(6),
    "code" JSONB,
    "note_col" CHAR NOT NULL DEFAULT 'a',
    "slug_col" DECIMAL(65,30) NOT NULL DEFAULT 2.25,
    "position" DECIMAL(65,30) NOT NULL,
    "position2" DECIMAL[],
    "folderId" TEXT,

    CONSTRAINT "Address_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Folder" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "updatedAt" BOOLEAN NOT NULL,
    "kind" INTEGER NOT NULL,
    "verified" BOOLEAN NOT NULL DEFAULT true,
    "raw" lseg,
    "addressId" INTEGER NOT NULL,

    CONSTRAINT "Folder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Address_email_key" ON "Address"("email");

-- CreateIndex
CREATE INDEX "Address_slug_col_idx" ON "Address"("slug_col" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Folder_slug_key" ON "Folder"("slug");

-- CreateIndex
CREATE INDEX "Folder_addressId_idx" ON "Folder"("addressId");

-- CreateIndex
CREATE INDEX "Folder_updatedAt_addressId_idx" ON "Folder"("updatedAt" DESC, "addressId");

-- AddForeignKey
ALTER TABLE "Address" ADD CONSTRAINT "address_folderid_fk" FOREIGN KEY ("folderId") REFERENCES "Folder"("id") ON DELETE SET DEFAULT ON UPDATE SET DEFAULT;

-- AddForeignKey
ALTER TABLE "Folder" ADD CONSTRAINT "Folder_addressId_fkey" FOREIGN KEY ("addressId") REFERENCES "Address"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
