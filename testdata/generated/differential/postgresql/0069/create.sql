-- CreateTable
CREATE TABLE "Region" (
    "id" SERIAL NOT NULL,
    "version" INTEGER,
    "hash_col" INTEGER NOT NULL,
    "regionId" INTEGER,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Region_regionId_idx" ON "Region"("regionId");

-- CreateIndex
CREATE INDEX "Region_regionId_version_idx" ON "Region"("regionId", "version");

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;
