-- CreateTable
CREATE TABLE "Address" (
    "id" TEXT NOT NULL,
    "color" MONEY[],
    "payload" TIMESTAMP(3) DEFAULT now(),
    "price" DOUBLE PRECISION,
    "payload2" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,

    CONSTRAINT "Address_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "level" BYTEA,
    "color" BYTEA,
    "total" DECIMAL(65,30),
    "commentId" TEXT NOT NULL,
    "commentId2" TEXT NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Tag_v2" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "position" JSON NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Tag_v2_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "CommentWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "score" TEXT,
    "version" INTEGER NOT NULL DEFAULT -7,
    "url" TIMESTAMP(3),
    "payload" BOOLEAN NOT NULL,
    "updatedAt" TEXT[],
    "addressId" TEXT NOT NULL,

    CONSTRAINT "CommentWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" SERIAL NOT NULL,
    "balance" INTEGER,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Plan_commentId_idx" ON "Plan"("commentId");

-- CreateIndex
CREATE INDEX "Plan_commentId2_idx" ON "Plan"("commentId2");

-- CreateIndex
CREATE INDEX "Plan_commentId_total_idx" ON "Plan"("commentId", "total");

-- CreateIndex
CREATE INDEX "tag_v2_expiresat_0_ix" ON "Tag_v2"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "CommentWithAVeryLongNameThatGoesOnAndOnForTruncation_email_key" ON "CommentWithAVeryLongNameThatGoesOnAndOnForTruncation"("email");

-- CreateIndex
CREATE UNIQUE INDEX "commentwithaverylongnamethatgoesonandonf_addressid_one" ON "CommentWithAVeryLongNameThatGoesOnAndOnForTruncation"("addressId");

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "CommentWithAVeryLongNameThatGoesOnAndOnForTruncation"("id") ON DELETE CASCADE ON UPDATE SET DEFAULT;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_commentId2_fkey" FOREIGN KEY ("commentId2") REFERENCES "CommentWithAVeryLongNameThatGoesOnAndOnForTruncation"("id") ON DELETE CASCADE ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "CommentWithAVeryLongNameThatGoesOnAndOnForTruncation" ADD CONSTRAINT "commentwithaverylongnamethatgoesonandonf_addressid_fk" FOREIGN KEY ("addressId") REFERENCES "Address"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
