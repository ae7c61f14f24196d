-- CreateEnum
CREATE TYPE "UserKind" AS ENUM ('INACTIVE', 'Published');

-- CreateEnum
CREATE TYPE "AccountKind" AS ENUM ('LOW', 'INACTIVE');

-- CreateTable
CREATE TABLE "Review" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "flags" BYTEA NOT NULL,
    "accountKind" "AccountKind" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Product2" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "verified" TIMESTAMP(3) NOT NULL DEFAULT (now() + '1 day'::interval),
    "hash" TIMESTAMP(3) NOT NULL,
    "updatedat_col" OID DEFAULT 89,
    "avatar" OID NOT NULL DEFAULT 49,
    "meta_col" SMALLINT DEFAULT 42,
    "payload" DECIMAL(65,30),
    "userKind" "UserKind"[],

    CONSTRAINT "Product2_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "regions" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "amount" JSON DEFAULT '{}',
    "endsAt" MONEY NOT NULL,
    "kind" TIMESTAMP(3) NOT NULL,
    "startsAt" BYTEA,
    "userKind" "UserKind" NOT NULL DEFAULT 'Published',

    CONSTRAINT "regions_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Address" (
    "id" INTEGER NOT NULL,
    "kind" BYTEA NOT NULL,
    "secret" REAL NOT NULL,
    "color" BIGINT DEFAULT 0,
    "updatedat_col" TIMETZ(6) DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Address_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Review_handle_key" ON "Review"("handle");

-- CreateIndex
CREATE INDEX "Review_accountKind_idx" ON "Review"("accountKind" DESC);

-- CreateIndex
CREATE INDEX "Product2_updatedat_col_idx" ON "Product2"("updatedat_col" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "regions_slug_key" ON "regions"("slug");

-- CreateIndex
CREATE INDEX "regions_slug_idx" ON "regions"("slug");

-- CreateIndex
CREATE INDEX "region_slug_sx" ON "regions" USING SPGIST ("slug");
