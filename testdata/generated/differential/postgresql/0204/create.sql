-- CreateEnum
CREATE TYPE "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncationKind" AS ENUM ('Published');

-- CreateTable
CREATE TABLE "MemberItem" (
    "id" INTEGER NOT NULL,
    "publishedAt" REAL NOT NULL,
    "size" BOOLEAN,
    "status" INTEGER[] DEFAULT ARRAY[1, 2, 3]::INTEGER[],
    "avatar" SMALLINT NOT NULL DEFAULT (1 + 2),
    "memberItemId" INTEGER,

    CONSTRAINT "MemberItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "verified" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "startsAt" INTEGER NOT NULL,
    "note" DATE NOT NULL,
    "orderId" INTEGER,
    "commentNumber" INTEGER,
    "commentTenantId" TEXT,

    CONSTRAINT "comment_pk" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "RegionLink" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" MONEY NOT NULL,
    "publishedat_col" BOOLEAN NOT NULL,
    "endsAt" INTEGER NOT NULL DEFAULT 42,
    "regionLinkTenantId" TEXT,
    "regionLinkNumber" INTEGER,

    CONSTRAINT "RegionLink_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Profile" (
    "id" UUID NOT NULL,
    "status" TIME NOT NULL,
    "name" TEXT NOT NULL,
    "avatar" TIMESTAMP(3)[],
    "flags_col" BIT(4) NOT NULL,

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" SERIAL NOT NULL,
    "count" DECIMAL(65,30)[],
    "code" BIGINT,
    "level" TEXT,
    "rank" SMALLINT DEFAULT (1 + 2),
    "categoryWithAVeryLongNameThatGoesOnAndOnForTruncationKind" "CategoryWithAVeryLongNameThatGoesOnAndOnForTruncationKind" DEFAULT 'Published',

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MemberItem_size_key" ON "MemberItem"("size");

-- CreateIndex
CREATE UNIQUE INDEX "MemberItem_memberItemId_key" ON "MemberItem"("memberItemId");

-- CreateIndex
CREATE UNIQUE INDEX "Comment_startsAt_key" ON "Comment"("startsAt");

-- CreateIndex
CREATE INDEX "Comment_commentTenantId_idx" ON "Comment"("commentTenantId");

-- CreateIndex
CREATE INDEX "Comment_orderId_idx" ON "Comment"("orderId" DESC);

-- CreateIndex
CREATE INDEX "RegionLink_regionLinkTenantId_regionLinkNumber_idx" ON "RegionLink"("regionLinkTenantId", "regionLinkNumber");

-- CreateIndex
CREATE INDEX "regionlink_endsat_0_ix" ON "RegionLink"("endsAt", "regionLinkNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Order_categoryWithAVeryLongNameThatGoesOnAndOnForTruncation_key" ON "Order"("categoryWithAVeryLongNameThatGoesOnAndOnForTruncationKind");

-- CreateIndex
CREATE INDEX "Order_code_level_idx" ON "Order"("code" DESC, "level");

-- CreateIndex
CREATE INDEX "Order_categoryWithAVeryLongNameThatGoesOnAndOnForTruncation_idx" ON "Order"("categoryWithAVeryLongNameThatGoesOnAndOnForTruncationKind");

-- AddForeignKey
ALTER TABLE "MemberItem" ADD CONSTRAINT "MemberItem_memberItemId_fkey" FOREIGN KEY ("memberItemId") REFERENCES "MemberItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_commentNumber_commentTenantId_fkey" FOREIGN KEY ("commentNumber", "commentTenantId") REFERENCES "Comment"("number", "tenantId") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "RegionLink" ADD CONSTRAINT "RegionLink_regionLinkTenantId_regionLinkNumber_fkey" FOREIGN KEY ("regionLinkTenantId", "regionLinkNumber") REFERENCES "RegionLink"("tenantId", "number") ON DELETE CASCADE ON UPDATE SET NULL;
