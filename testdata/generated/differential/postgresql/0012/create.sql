-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "audit";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "auth";

-- CreateEnum
CREATE TYPE "ratingkind_type" AS ENUM ('DONE', 'Published');

-- CreateTable
CREATE TABLE "auth"."Member" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "balance" TEXT NOT NULL DEFAULT 'back\slash',
    "version" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "amount_col" DOUBLE PRECISION NOT NULL,
    "ratingKind" "ratingkind_type",
    "fileAuditId" BIGINT,
    "fileMemberTenantId" TEXT,
    "fileMemberNumber" INTEGER,

    CONSTRAINT "member_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Post" (
    "id" TEXT NOT NULL,
    "isActive" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "position_col" BYTEA[],
    "count" BIGINT[],
    "meta" DECIMAL(65,30)[],

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit"."carts" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "flags" DOUBLE PRECISION,
    "price" BOOLEAN,
    "publishedAt" BYTEA NOT NULL,
    "email" DECIMAL(27,4) DEFAULT 1.5,
    "raw" int4range,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "carts_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "audit"."audits" (
    "id" BIGSERIAL NOT NULL,
    "verified" XML NOT NULL,
    "payload" TIMESTAMPTZ,
    "payload2" BYTEA,
    "ratingKind" "ratingkind_type" NOT NULL,

    CONSTRAINT "audits_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth"."File" (
    "id" SERIAL NOT NULL,
    "count" TEXT[] DEFAULT ARRAY['a', 'b']::TEXT[],
    "price" BYTEA,
    "ratingKind" "ratingkind_type" NOT NULL DEFAULT 'DONE',
    "memberTenantId" TEXT NOT NULL,
    "memberNumber" INTEGER NOT NULL,

    CONSTRAINT "File_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit"."FileWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "auditId" BIGINT NOT NULL,
    "memberTenantId" TEXT NOT NULL,
    "memberNumber" INTEGER NOT NULL,

    CONSTRAINT "FileWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("auditId","memberTenantId","memberNumber")
);

-- CreateTable
CREATE TABLE "auth"."_FileToPost" (
    "A" INTEGER NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_FileToPost_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Member_handle_key" ON "auth"."Member"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Member_amount_col_key" ON "auth"."Member"("amount_col");

-- CreateIndex
CREATE INDEX "Member_fileAuditId_fileMemberTenantId_fileMemberNumber_idx" ON "auth"."Member"("fileAuditId", "fileMemberTenantId", "fileMemberNumber");

-- CreateIndex
CREATE INDEX "Member_fileMemberTenantId_idx" ON "auth"."Member"("fileMemberTenantId" DESC);

-- CreateIndex
CREATE INDEX "Member_tenantId_idx" ON "auth"."Member" USING SPGIST ("tenantId");

-- CreateIndex
CREATE INDEX "Post_isActive_idx" ON "Post"("isActive" DESC);

-- CreateIndex
CREATE INDEX "post_isactive_1_ix" ON "Post"("isActive");

-- CreateIndex
CREATE INDEX "Post_id_idx" ON "Post" USING SPGIST ("id");

-- CreateIndex
CREATE UNIQUE INDEX "carts_price_key" ON "audit"."carts"("price");

-- CreateIndex
CREATE INDEX "carts_price_idx" ON "audit"."carts"("price" DESC);

-- CreateIndex
CREATE INDEX "audits_ratingKind_idx" ON "audit"."audits"("ratingKind" DESC);

-- CreateIndex
CREATE INDEX "audit_ratingkind_1_ix" ON "audit"."audits"("ratingKind");

-- CreateIndex
CREATE INDEX "File_ratingKind_memberTenantId_idx" ON "auth"."File"("ratingKind" DESC, "memberTenantId");

-- CreateIndex
CREATE INDEX "file_membertenantid_1_ix" ON "auth"."File"("memberTenantId", "memberNumber");

-- CreateIndex
CREATE INDEX "File_count_idx" ON "auth"."File" USING GIN ("count");

-- CreateIndex
CREATE UNIQUE INDEX "File_memberTenantId_memberNumber_key" ON "auth"."File"("memberTenantId", "memberNumber");

-- CreateIndex
CREATE INDEX "FileWithAVeryLongNameThatGoesOnAndOnForTruncation_memberTen_idx" ON "audit"."FileWithAVeryLongNameThatGoesOnAndOnForTruncation" USING SPGIST ("memberTenantId");

-- CreateIndex
CREATE INDEX "_FileToPost_B_index" ON "auth"."_FileToPost"("B");

-- AddForeignKey
ALTER TABLE "auth"."Member" ADD CONSTRAINT "Member_fileAuditId_fileMemberTenantId_fileMemberNumber_fkey" FOREIGN KEY ("fileAuditId", "fileMemberTenantId", "fileMemberNumber") REFERENCES "audit"."FileWithAVeryLongNameThatGoesOnAndOnForTruncation"("auditId", "memberTenantId", "memberNumber") ON DELETE CASCADE ON UPDATE SET DEFAULT;

-- AddForeignKey
ALTER TABLE "auth"."File" ADD CONSTRAINT "File_memberTenantId_memberNumber_fkey" FOREIGN KEY ("memberTenantId", "memberNumber") REFERENCES "auth"."Member"("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit"."FileWithAVeryLongNameThatGoesOnAndOnForTruncation" ADD CONSTRAINT "FileWithAVeryLongNameThatGoesOnAndOnForTruncation_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "audit"."audits"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit"."FileWithAVeryLongNameThatGoesOnAndOnForTruncation" ADD CONSTRAINT "FileWithAVeryLongNameThatGoesOnAndOnForTruncation_memberTe_fkey" FOREIGN KEY ("memberTenantId", "memberNumber") REFERENCES "auth"."Member"("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auth"."_FileToPost" ADD CONSTRAINT "_FileToPost_A_fkey" FOREIGN KEY ("A") REFERENCES "auth"."File"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auth"."_FileToPost" ADD CONSTRAINT "_FileToPost_B_fkey" FOREIGN KEY ("B") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;
