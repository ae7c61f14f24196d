-- CreateEnum
CREATE TYPE "RegionKind" AS ENUM ('Published');

-- CreateEnum
CREATE TYPE "TeamKind" AS ENUM ('INACTIVE', 'PENDING', 'done_value', 'LOW');

-- CreateTable
CREATE TABLE "Member" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "verified" OID NOT NULL,
    "count" BYTEA NOT NULL,
    "flags" INTEGER NOT NULL,
    "teamKind" "TeamKind" NOT NULL,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChannelLink" (
    "id" INTEGER NOT NULL,
    "label" BYTEA,
    "publishedAt" BOOLEAN NOT NULL,

    CONSTRAINT "ChannelLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Address" (
    "id" TEXT NOT NULL,
    "secret_col" CHAR[],
    "regionKind" "RegionKind" DEFAULT 'Published',

    CONSTRAINT "Address_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'it''s',
    "slug_col" TIMESTAMP(3) NOT NULL,
    "count" BOOLEAN NOT NULL DEFAULT true,
    "title" VARCHAR[] DEFAULT ARRAY[]::VARCHAR[],
    "channellinkid_ref" INTEGER NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Token" (
    "id" BIGSERIAL NOT NULL,
    "isactive_col" INTEGER NOT NULL,
    "code" BIGINT NOT NULL,
    "avatar" BIGINT NOT NULL,
    "name" INTEGER DEFAULT (1 + 2),
    "startsAt" DATE DEFAULT CURRENT_DATE,
    "isActive2" TIMESTAMP(3)[],
    "regionKind" "RegionKind"[] DEFAULT ARRAY['Published']::"RegionKind"[],

    CONSTRAINT "Token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_AddressToChannelLink" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_AddressToChannelLink_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Member_slug_key" ON "Member"("slug");

-- CreateIndex
CREATE INDEX "ChannelLink_publishedAt_idx" ON "ChannelLink"("publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "address_regionkind_uq" ON "Address"("regionKind");

-- CreateIndex
CREATE INDEX "Address_regionKind_idx" ON "Address"("regionKind");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_email_key" ON "Plan"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_channellinkid_ref_key" ON "Plan"("channellinkid_ref");

-- CreateIndex
CREATE INDEX "Plan_email_idx" ON "Plan" USING HASH ("email");

-- CreateIndex
CREATE INDEX "plan_email_1_ix" ON "Plan"("email");

-- CreateIndex
CREATE INDEX "Token_code_idx" ON "Token"("code");

-- CreateIndex
CREATE INDEX "token_startsat_1_ix" ON "Token" USING BRIN ("startsAt");

-- CreateIndex
CREATE INDEX "_AddressToChannelLink_B_index" ON "_AddressToChannelLink"("B");

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_channellinkid_ref_fkey" FOREIGN KEY ("channellinkid_ref") REFERENCES "ChannelLink"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AddressToChannelLink" ADD CONSTRAINT "_AddressToChannelLink_A_fkey" FOREIGN KEY ("A") REFERENCES "Address"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AddressToChannelLink" ADD CONSTRAINT "_AddressToChannelLink_B_fkey" FOREIGN KEY ("B") REFERENCES "ChannelLink"("id") ON DELETE CASCADE ON UPDATE CASCADE;
