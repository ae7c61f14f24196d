-- CreateEnum
CREATE TYPE "InvoiceKind" AS ENUM ('INACTIVE', 'ACTIVE', 'LOW');

-- CreateEnum
CREATE TYPE "addresskind_type" AS ENUM ('LOW', 'ACTIVE', 'draft_value');

-- CreateTable
CREATE TABLE "Product" (
    "id" SERIAL NOT NULL,
    "flags" XML,
    "expiresAt" TIME(1),
    "score_col" DECIMAL(65,30)[],
    "memberId" INTEGER NOT NULL,
    "carthistoryid_ref" BIGINT,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" SERIAL NOT NULL,
    "secret_col" DECIMAL DEFAULT 2.25,
    "position" TEXT NOT NULL DEFAULT 'it''s',
    "flags" INTEGER NOT NULL,
    "level" DOUBLE PRECISION DEFAULT 1.5,
    "version" TEXT,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CartHistory" (
    "id" BIGSERIAL NOT NULL,
    "verified" BYTEA,
    "memberId" INTEGER,

    CONSTRAINT "CartHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_MemberToProduct826" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_MemberToProduct826_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "Product_memberId_idx" ON "Product"("memberId");

-- CreateIndex
CREATE INDEX "Product_carthistoryid_ref_idx" ON "Product"("carthistoryid_ref");

-- CreateIndex
CREATE INDEX "product_memberid_0_ix" ON "Product"("memberId");

-- CreateIndex
CREATE INDEX "Product_carthistoryid_ref_expiresAt_idx" ON "Product"("carthistoryid_ref" DESC, "expiresAt");

-- CreateIndex
CREATE INDEX "Member_flags_position_idx" ON "Member"("flags" DESC, "position");

-- CreateIndex
CREATE UNIQUE INDEX "Member_flags_secret_col_key" ON "Member"("flags", "secret_col");

-- CreateIndex
CREATE UNIQUE INDEX "CartHistory_memberId_key" ON "CartHistory"("memberId");

-- CreateIndex
CREATE INDEX "CartHistory_memberId_idx" ON "CartHistory"("memberId");

-- CreateIndex
CREATE INDEX "carthistory_memberid_1_ix" ON "CartHistory"("memberId");

-- CreateIndex
CREATE INDEX "_MemberToProduct826_B_index" ON "_MemberToProduct826"("B");

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_carthistoryid_ref_fkey" FOREIGN KEY ("carthistoryid_ref") REFERENCES "CartHistory"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CartHistory" ADD CONSTRAINT "CartHistory_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE SET DEFAULT;

-- AddForeignKey
ALTER TABLE "_MemberToProduct826" ADD CONSTRAINT "_MemberToProduct826_A_fkey" FOREIGN KEY ("A") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MemberToProduct826" ADD CONSTRAINT "_MemberToProduct826_B_fkey" FOREIGN KEY ("B") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;
