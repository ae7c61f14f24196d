-- CreateEnum
CREATE TYPE "RegionKind" AS ENUM ('PENDING', 'ARCHIVED', 'Published', 'ACTIVE');

-- CreateEnum
CREATE TYPE "tokenkind_type" AS ENUM ('INACTIVE', 'ARCHIVED', 'ACTIVE', 'HIGH');

-- CreateTable
CREATE TABLE "Profile" (
    "id" TEXT NOT NULL,
    "weight_col" TIMESTAMP(3) NOT NULL,
    "total" DECIMAL(65,30)[],
    "total2" BYTEA NOT NULL,
    "profileId" TEXT,
    "profileId2" TEXT,

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Profile_profileId_key" ON "Profile"("profileId");

-- CreateIndex
CREATE INDEX "Profile_profileId2_idx" ON "Profile"("profileId2");

-- CreateIndex
CREATE INDEX "Profile_weight_col_profileId_idx" ON "Profile"("weight_col", "profileId");

-- CreateIndex
CREATE INDEX "Profile_profileId_idx" ON "Profile" USING SPGIST ("profileId");

-- AddForeignKey
ALTER TABLE "Profile" ADD CONSTRAINT "Profile_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Profile" ADD CONSTRAINT "Profile_profileId2_fkey" FOREIGN KEY ("profileId2") REFERENCES "Profile"("id") ON DELETE SET NULL ON UPDATE CASCADE;
