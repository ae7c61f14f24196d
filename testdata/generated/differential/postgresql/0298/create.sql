-- CreateEnum
CREATE TYPE "ratingkind_type" AS ENUM ('ARCHIVED', 'DONE', 'Published');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('ARCHIVED', 'DONE', 'PENDING');

-- CreateTable
CREATE TABLE "Folder" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "price" TIMESTAMPTZ DEFAULT now(),
    "verified" BYTEA NOT NULL,
    "size" TIMESTAMPTZ(2) NOT NULL,
    "expiresAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "folderTenantId" TEXT,
    "folderNumber" INTEGER,

    CONSTRAINT "Folder_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Event2" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "count_col" INTEGER NOT NULL,
    "startsAt" VARBIT NOT NULL,
    "level" TEXT NOT NULL,

    CONSTRAINT "Event2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Role" (
    "id" SERIAL NOT NULL,
    "size_col" TEXT NOT NULL,
    "secret" BYTEA NOT NULL,
    "ratingKind" "ratingkind_type"[] DEFAULT ARRAY['ARCHIVED']::"ratingkind_type"[],

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "folder_pair_key" ON "Folder"("size", "price");

-- CreateIndex
CREATE INDEX "Event2_level_idx" ON "Event2"("level" DESC);

-- CreateIndex
CREATE INDEX "Event2_startsAt_idx" ON "Event2"("startsAt" DESC);

-- CreateIndex
CREATE INDEX "event2_level_sx" ON "Event2" USING SPGIST ("level");

-- AddForeignKey
ALTER TABLE "Folder" ADD CONSTRAINT "Folder_folderTenantId_folderNumber_fkey" FOREIGN KEY ("folderTenantId", "folderNumber") REFERENCES "Folder"("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE;
