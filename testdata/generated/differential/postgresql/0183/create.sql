-- CreateEnum
CREATE TYPE "TeamKind" AS ENUM ('PENDING', 'HIGH', 'INACTIVE');

-- CreateEnum
CREATE TYPE "MemberKind" AS ENUM ('Published', 'ACTIVE', 'draft');

-- CreateTable
CREATE TABLE "Comment" (
    "id" INTEGER NOT NULL,
    "balance" JSONB NOT NULL,
    "raw" circle,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Coupon" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "weight" INTEGER NOT NULL DEFAULT (1 + 2),
    "email_col" INTEGER,
    "startsAt" INTEGER DEFAULT -7,
    "count" TEXT DEFAULT 'fixed'::text,
    "memberKind" "MemberKind" NOT NULL DEFAULT 'Published',
    "ticketTenantId" TEXT,
    "ticketNumber" INTEGER,

    CONSTRAINT "Coupon_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Ticket" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "ratio" BIGINT NOT NULL DEFAULT 1234567890123,
    "hash" BOOLEAN,
    "memberKind" "MemberKind"[],
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "commentId" INTEGER NOT NULL,

    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "File" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "level" TIME DEFAULT CURRENT_TIMESTAMP,
    "color_col" DOUBLE PRECISION DEFAULT -2.25,
    "memberKind" "MemberKind",
    "couponTenantId" TEXT NOT NULL,
    "couponNumber" INTEGER NOT NULL,

    CONSTRAINT "File_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Comment_balance_idx" ON "Comment" USING GIN ("balance");

-- CreateIndex
CREATE UNIQUE INDEX "coupon_email_uq" ON "Coupon"("email_col");

-- CreateIndex
CREATE INDEX "Coupon_memberKind_idx" ON "Coupon"("memberKind" DESC);

-- CreateIndex
CREATE INDEX "Coupon_email_col_idx" ON "Coupon"("email_col");

-- CreateIndex
CREATE INDEX "Ticket_commentId_idx" ON "Ticket"("commentId");

-- CreateIndex
CREATE INDEX "Ticket_hash_ratio_idx" ON "Ticket"("hash", "ratio");

-- CreateIndex
CREATE INDEX "Ticket_ratio_idx" ON "Ticket"("ratio");

-- CreateIndex
CREATE INDEX "Ticket_tenantId_idx" ON "Ticket" USING SPGIST ("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "File_email_key" ON "File"("email");

-- CreateIndex
CREATE INDEX "File_couponTenantId_couponNumber_idx" ON "File"("couponTenantId", "couponNumber");

-- AddForeignKey
ALTER TABLE "Coupon" ADD CONSTRAINT "Coupon_ticketTenantId_ticketNumber_fkey" FOREIGN KEY ("ticketTenantId", "ticketNumber") REFERENCES "Ticket"("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "File" ADD CONSTRAINT "File_couponTenantId_couponNumber_fkey" FOREIGN KEY ("couponTenantId", "couponNumber") REFERENCES "Coupon"("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE;
