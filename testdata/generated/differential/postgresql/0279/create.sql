-- CreateEnum
CREATE TYPE "AccountKind" AS ENUM ('DONE');

-- CreateTable
CREATE TABLE "Post" (
    "id" TEXT NOT NULL,
    "size" BYTEA NOT NULL,
    "status" MONEY[],
    "weight" OID NOT NULL,
    "flags" TIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "taskhistorys" (
    "id" INTEGER NOT NULL,
    "title" INTEGER[],
    "email" DECIMAL(65,30) NOT NULL DEFAULT 2.25,
    "level" INTEGER,
    "accountKind" "AccountKind" NOT NULL,

    CONSTRAINT "taskhistorys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" SERIAL NOT NULL,
    "verified_col" TIMESTAMP(3) NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "folder_v2TenantId" TEXT NOT NULL,
    "folder_v2Number" INTEGER NOT NULL,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Folder_v2" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" BIGINT NOT NULL,
    "publishedAt" INET,
    "amount" INTEGER NOT NULL,
    "postId" TEXT NOT NULL,

    CONSTRAINT "Folder_v2_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Price" (
    "id" BIGSERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "hash" TIMESTAMPTZ(0) NOT NULL,
    "balance" BIGINT NOT NULL DEFAULT 1234567890123,
    "hash2" TIMESTAMP(3)[],
    "accountKind" "AccountKind" NOT NULL,
    "raw" polygon,
    "folder_v2TenantId" TEXT NOT NULL,
    "folder_v2Number" INTEGER NOT NULL,

    CONSTRAINT "Price_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "post_flags_uq" ON "Post"("flags");

-- CreateIndex
CREATE INDEX "taskhistorys_level_idx" ON "taskhistorys"("level");

-- CreateIndex
CREATE UNIQUE INDEX "taskhistory_pair_key" ON "taskhistorys"("email", "level");

-- CreateIndex
CREATE INDEX "Member_verified_col_folder_v2TenantId_idx" ON "Member"("verified_col", "folder_v2TenantId");

-- CreateIndex
CREATE UNIQUE INDEX "Folder_v2_publishedAt_key" ON "Folder_v2"("publishedAt");

-- CreateIndex
CREATE INDEX "Folder_v2_postId_idx" ON "Folder_v2"("postId");

-- CreateIndex
CREATE INDEX "folder_v2_slug_1_ix" ON "Folder_v2"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Price_slug_key" ON "Price"("slug");

-- CreateIndex
CREATE INDEX "Price_slug_idx" ON "Price"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Price_folder_v2TenantId_folder_v2Number_key" ON "Price"("folder_v2TenantId", "folder_v2Number");

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_folder_v2TenantId_folder_v2Number_fkey" FOREIGN KEY ("folder_v2TenantId", "folder_v2Number") REFERENCES "Folder_v2"("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Folder_v2" ADD CONSTRAINT "Folder_v2_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Price" ADD CONSTRAINT "Price_folder_v2TenantId_folder_v2Number_fkey" FOREIGN KEY ("folder_v2TenantId", "folder_v2Number") REFERENCES "Folder_v2"("tenantId", "number") ON DELETE NO ACTION ON UPDATE CASCADE;
