-- CreateEnum
CREATE TYPE "UserLinkKind" AS ENUM ('ARCHIVED');

-- CreateEnum
CREATE TYPE "PlanKind" AS ENUM ('INACTIVE', 'LOW');

-- CreateTable
CREATE TABLE "Token" (
    "id" TEXT NOT NULL,
    "createdat_col" TEXT,
    "amount" OID,
    "position" REAL NOT NULL DEFAULT -2.25,
    "expiresAt" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "userLinkKind" "UserLinkKind"[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Store" (
    "id" BIGSERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "size" JSONB NOT NULL,
    "level_col" BYTEA[],
    "data" TEXT[] DEFAULT ARRAY['a', 'b']::TEXT[],
    "slug2" JSONB NOT NULL DEFAULT '{}',
    "expiresAt" DOUBLE PRECISION NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Store_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "flags" JSONB,
    "createdAt" BOOLEAN DEFAULT true,
    "planKind" "PlanKind"[],
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "storeId" BIGINT,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FolderWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "ratio" JSONB NOT NULL,

    CONSTRAINT "folderwithaverylongnamethatgoesonandonfo_pk" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" DATE NOT NULL,
    "secret" TIME NOT NULL,
    "flags" TIMESTAMP DEFAULT '2024-01-02 03:04:05 +00:00',
    "label" INTEGER,
    "flags2" JSON DEFAULT '{}',
    "planKind" "PlanKind" NOT NULL DEFAULT 'INACTIVE',

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "folderWithAVeryLongNameThatGoesOnAndOnForTruncationNumber" INTEGER NOT NULL,
    "folderWithAVeryLongNameThatGoesOnAndOnForTruncationTenantId" TEXT NOT NULL,
    "storeSlug" TEXT NOT NULL,
    "folderNumber" INTEGER,
    "folderTenantId" TEXT,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("folderWithAVeryLongNameThatGoesOnAndOnForTruncationNumber","folderWithAVeryLongNameThatGoesOnAndOnForTruncationTenantId","storeSlug")
);

-- CreateIndex
CREATE INDEX "Token_expiresAt_idx" ON "Token"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Store_slug_key" ON "Store"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "store_expiresat_uq" ON "Store"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Comment_storeId_key" ON "Comment"("storeId");

-- CreateIndex
CREATE INDEX "Comment_storeId_idx" ON "Comment"("storeId");

-- CreateIndex
CREATE INDEX "comment_storeid_1_ix" ON "Comment"("storeId");

-- CreateIndex
CREATE INDEX "FolderWithAVeryLongNameThatGoesOnAndOnForTruncation_tenantI_idx" ON "FolderWithAVeryLongNameThatGoesOnAndOnForTruncation" USING SPGIST ("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "Project_slug_key" ON "Project"("slug");

-- CreateIndex
CREATE INDEX "project_flags_0_ix" ON "Project"("flags" DESC);

-- CreateIndex
CREATE INDEX "project_secret_1_ix" ON "Project"("secret" DESC);

-- CreateIndex
CREATE INDEX "Event_folderNumber_folderTenantId_idx" ON "Event"("folderNumber", "folderTenantId");

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_folderWithAVeryLongNameThatGoesOnAndOnForTruncationN_fkey" FOREIGN KEY ("folderWithAVeryLongNameThatGoesOnAndOnForTruncationNumber", "folderWithAVeryLongNameThatGoesOnAndOnForTruncationTenantId") REFERENCES "FolderWithAVeryLongNameThatGoesOnAndOnForTruncation"("number", "tenantId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_storeSlug_fkey" FOREIGN KEY ("storeSlug") REFERENCES "Store"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_folderNumber_folderTenantId_fkey" FOREIGN KEY ("folderNumber", "folderTenantId") REFERENCES "FolderWithAVeryLongNameThatGoesOnAndOnForTruncation"("number", "tenantId") ON DELETE SET NULL ON UPDATE CASCADE;
