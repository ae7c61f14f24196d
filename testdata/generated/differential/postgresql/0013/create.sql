-- CreateEnum
CREATE TYPE "RegionKind" AS ENUM ('INACTIVE', 'draft_value', 'ARCHIVED');

-- CreateTable
CREATE TABLE "Payment" (
    "id" TEXT NOT NULL,
    "color" TIMESTAMP NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "avatar" BIGINT,
    "publishedAt" DOUBLE PRECISION,
    "weight" JSONB NOT NULL DEFAULT '{}',
    "hash" MONEY,
    "regionKind" "RegionKind"[],

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Folder" (
    "id" SERIAL NOT NULL,
    "size" BYTEA[],
    "data" DECIMAL[],
    "raw" macaddr,

    CONSTRAINT "Folder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Profile" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "kind" JSONB NOT NULL DEFAULT '{"a": 1}',
    "meta" TEXT NOT NULL,
    "code" INTEGER NOT NULL DEFAULT (1 + 2),
    "body" BOOLEAN,
    "raw" lseg,

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("number","tenantId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Profile_handle_key" ON "Profile"("handle");

-- CreateIndex
CREATE INDEX "Profile_code_handle_idx" ON "Profile"("code", "handle");
