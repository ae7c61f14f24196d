-- CreateEnum
CREATE TYPE "RegionWithAVeryLongNameThatGoesOnAndOnForTruncationKind" AS ENUM ('INACTIVE', 'PENDING', 'ACTIVE');

-- CreateEnum
CREATE TYPE "RefundKind" AS ENUM ('published_value', 'DONE');

-- CreateTable
CREATE TABLE "Task" (
    "id" BIGSERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT DEFAULT 'a "quoted" word',
    "title2" MONEY NOT NULL,
    "ratio" DECIMAL(14,3) DEFAULT 2.25,
    "refundKind" "RefundKind"[] DEFAULT ARRAY['published_value']::"RefundKind"[],

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Device" (
    "id" TEXT NOT NULL,
    "startsAt" VARCHAR,

    CONSTRAINT "device_primary" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Folder" (
    "id" INTEGER NOT NULL,
    "count" TIMESTAMP(3) NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "verified" DECIMAL NOT NULL,
    "color" INTEGER NOT NULL DEFAULT -7,
    "rank" BYTEA NOT NULL,
    "folderId" INTEGER,

    CONSTRAINT "Folder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Address" (
    "id" UUID NOT NULL,
    "handle" TEXT NOT NULL,
    "flags" OID,
    "deviceId" TEXT NOT NULL,

    CONSTRAINT "Address_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Task_slug_key" ON "Task"("slug");

-- CreateIndex
CREATE INDEX "Task_title2_idx" ON "Task"("title2");

-- CreateIndex
CREATE INDEX "device_startsat_0_ix" ON "Device"("startsAt");

-- CreateIndex
CREATE INDEX "Folder_count_idx" ON "Folder" USING BRIN ("count");

-- CreateIndex
CREATE UNIQUE INDEX "Address_handle_key" ON "Address"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Address_deviceId_key" ON "Address"("deviceId");

-- AddForeignKey
ALTER TABLE "Folder" ADD CONSTRAINT "Folder_folderId_fkey" FOREIGN KEY ("folderId") REFERENCES "Folder"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Address" ADD CONSTRAINT "Address_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "Device"("id") ON DELETE CASCADE ON UPDATE CASCADE;
