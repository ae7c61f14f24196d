-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "app";

-- CreateEnum
CREATE TYPE "CommentKind" AS ENUM ('low_value', 'PENDING');

-- CreateEnum
CREATE TYPE "app"."CartKind" AS ENUM ('draft', 'LOW');

-- CreateTable
CREATE TABLE "app"."pricelinks" (
    "id" SERIAL NOT NULL,
    "startsAt" DOUBLE PRECISION[],
    "weight" TEXT NOT NULL DEFAULT 'hello',
    "label" INTEGER NOT NULL,
    "amount_col" BYTEA,
    "cartKind" "app"."CartKind",
    "priceLinkId" INTEGER,
    "priceLinkId2" INTEGER,
    "priceLinkId3" INTEGER,

    CONSTRAINT "pricelinks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app"."Event" (
    "id" UUID NOT NULL,
    "code" INET DEFAULT '127.0.0.1',
    "verified_col" TIMESTAMP(6),
    "startsAt" JSONB NOT NULL,
    "code2" SMALLINT,
    "commentKind" "CommentKind",

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app"."folders" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "level" JSONB NOT NULL,
    "publishedAt" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "hash_col" BOOLEAN NOT NULL,
    "position_col" BOOLEAN NOT NULL DEFAULT false,
    "commentKind" "CommentKind" DEFAULT 'low_value',
    "folderTenantId" TEXT,
    "foldernumber_ref" INTEGER,

    CONSTRAINT "folder_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "app"."Review" (
    "id" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "avatar" BYTEA[],
    "slug" TIMESTAMPTZ(5),
    "count" BOOLEAN NOT NULL DEFAULT false,
    "cartKind" "app"."CartKind" NOT NULL DEFAULT 'LOW',

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "pricelinks_priceLinkId3_key" ON "app"."pricelinks"("priceLinkId3");

-- CreateIndex
CREATE INDEX "pricelinks_priceLinkId_idx" ON "app"."pricelinks"("priceLinkId");

-- CreateIndex
CREATE INDEX "pricelinks_label_priceLinkId_idx" ON "app"."pricelinks"("label" DESC, "priceLinkId");

-- CreateIndex
CREATE INDEX "Event_commentKind_idx" ON "app"."Event"("commentKind");

-- CreateIndex
CREATE INDEX "event_code_1_ix" ON "app"."Event"("code" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "event_pair_key" ON "app"."Event"("code", "commentKind");

-- CreateIndex
CREATE INDEX "folder_commentkind_0_ix" ON "app"."folders"("commentKind");

-- CreateIndex
CREATE INDEX "folders_tenantId_idx" ON "app"."folders" USING SPGIST ("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "folders_folderTenantId_foldernumber_ref_key" ON "app"."folders"("folderTenantId", "foldernumber_ref");

-- CreateIndex
CREATE UNIQUE INDEX "Review_email_key" ON "app"."Review"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Review_cartKind_key" ON "app"."Review"("cartKind");

-- CreateIndex
CREATE INDEX "Review_count_email_idx" ON "app"."Review"("count", "email");

-- CreateIndex
CREATE UNIQUE INDEX "review_pair_key" ON "app"."Review"("cartKind", "slug");

-- AddForeignKey
ALTER TABLE "app"."pricelinks" ADD CONSTRAINT "pricelinks_priceLinkId_fkey" FOREIGN KEY ("priceLinkId") REFERENCES "app"."pricelinks"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app"."pricelinks" ADD CONSTRAINT "pricelinks_priceLinkId2_fkey" FOREIGN KEY ("priceLinkId2") REFERENCES "app"."pricelinks"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app"."pricelinks" ADD CONSTRAINT "pricelinks_priceLinkId3_fkey" FOREIGN KEY ("priceLinkId3") REFERENCES "app"."pricelinks"("id") ON DELETE RESTRICT ON UPDATE SET DEFAULT;

-- AddForeignKey
ALTER TABLE "app"."folders" ADD CONSTRAINT "folders_folderTenantId_foldernumber_ref_fkey" FOREIGN KEY ("folderTenantId", "foldernumber_ref") REFERENCES "app"."folders"("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE;
