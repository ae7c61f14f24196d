-- CreateEnum
CREATE TYPE "CouponKind" AS ENUM ('INACTIVE', 'draft_value', 'PENDING', 'LOW');

-- CreateTable
CREATE TABLE "Address" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "createdAt" BOOLEAN NOT NULL DEFAULT false,
    "isactive_col" BYTEA NOT NULL,
    "isActive2" TIMESTAMP(3) NOT NULL,
    "hash" JSONB NOT NULL,
    "weight" TIMESTAMP(3) NOT NULL,
    "couponKind" "CouponKind" NOT NULL DEFAULT 'LOW',

    CONSTRAINT "Address_pkey" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "Folder" (
    "id" TEXT NOT NULL,
    "balance" BIGINT,
    "code" DATE NOT NULL DEFAULT '2024-01-02 00:00:00 +00:00',
    "kind" SMALLINT DEFAULT 42,
    "body" BOOLEAN NOT NULL DEFAULT false,
    "size" BIGINT NOT NULL DEFAULT 1234567890123,
    "rank" VARBIT(6),

    CONSTRAINT "folder_primary" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProductLink" (
    "productlink_id" TEXT NOT NULL,
    "status" CHAR NOT NULL,
    "score" BYTEA NOT NULL,
    "name" DECIMAL(65,30) NOT NULL,

    CONSTRAINT "ProductLink_pkey" PRIMARY KEY ("productlink_id")
);

-- CreateTable
CREATE TABLE "Profile" (
    "id" TEXT NOT NULL,
    "endsAt" DOUBLE PRECISION NOT NULL,
    "endsAt2" DECIMAL(65,30) NOT NULL,
    "size" TIMESTAMP(2) NOT NULL,
    "count" DOUBLE PRECISION,

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Note" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" INTEGER[],
    "verified" JSONB,
    "ratio" UUID DEFAULT '8b0f2c1e-7a3d-4c55-9b1a-2f6e7d8c9a0b',
    "couponKind" "CouponKind" DEFAULT 'draft_value',

    CONSTRAINT "note_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "ProductWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "kind" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "ProductWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("number","tenantId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Address_email_key" ON "Address"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Address_createdAt_couponKind_key" ON "Address"("createdAt", "couponKind");

-- CreateIndex
CREATE UNIQUE INDEX "Folder_size_key" ON "Folder"("size");

-- CreateIndex
CREATE INDEX "Folder_body_idx" ON "Folder"("body");

-- CreateIndex
CREATE INDEX "folder_kind_1_ix" ON "Folder"("kind", "code");

-- CreateIndex
CREATE UNIQUE INDEX "ProductLink_status_key" ON "ProductLink"("status");

-- CreateIndex
CREATE INDEX "Profile_endsAt2_idx" ON "Profile"("endsAt2");

-- CreateIndex
CREATE INDEX "profile_endsat2_1_ix" ON "Profile"("endsAt2");

-- CreateIndex
CREATE INDEX "Note_couponKind_ratio_idx" ON "Note"("couponKind" DESC, "ratio");

-- CreateIndex
CREATE INDEX "Note_ratio_idx" ON "Note"("ratio");

-- CreateIndex
CREATE UNIQUE INDEX "Note_couponKind_ratio_key" ON "Note"("couponKind", "ratio");

-- CreateIndex
CREATE INDEX "ProductWithAVeryLongNameThatGoesOnAndOnForTruncation_tenant_idx" ON "ProductWithAVeryLongNameThatGoesOnAndOnForTruncation" USING SPGIST ("tenantId");
