-- CreateEnum
CREATE TYPE "TeamEntryKind" AS ENUM ('ACTIVE', 'LOW');

-- CreateEnum
CREATE TYPE "NoteKind" AS ENUM ('INACTIVE', 'LOW');

-- CreateTable
CREATE TABLE "AccountWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" UUID NOT NULL,
    "flags" TIMESTAMPTZ NOT NULL,
    "expiresAt" BOOLEAN NOT NULL,
    "amount" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "price" TIMESTAMP(3) NOT NULL,
    "url_col" JSON,
    "position" BIGINT[],
    "noteKind" "NoteKind" NOT NULL DEFAULT 'INACTIVE',
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "accountId" UUID,
    "accountId2" UUID,

    CONSTRAINT "AccountWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AccountWithAVeryLongNameThatGoesOnAndOnForTruncation_accoun_idx" ON "AccountWithAVeryLongNameThatGoesOnAndOnForTruncation"("accountId2");

-- CreateIndex
CREATE INDEX "accountwithaverylongnamethatgoesonandonf_amount_0_ix" ON "AccountWithAVeryLongNameThatGoesOnAndOnForTruncation"("amount");

-- CreateIndex
CREATE INDEX "accountwithaverylongnamethatgoesonandonf_flags_1_ix" ON "AccountWithAVeryLongNameThatGoesOnAndOnForTruncation"("flags" DESC);

-- AddForeignKey
ALTER TABLE "AccountWithAVeryLongNameThatGoesOnAndOnForTruncation" ADD CONSTRAINT "accountwithaverylongnamethatgoesonandonf_accountid_fk" FOREIGN KEY ("accountId") REFERENCES "AccountWithAVeryLongNameThatGoesOnAndOnForTruncation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountWithAVeryLongNameThatGoesOnAndOnForTruncation" ADD CONSTRAINT "AccountWithAVeryLongNameThatGoesOnAndOnForTruncation_accou_fkey" FOREIGN KEY ("accountId2") REFERENCES "AccountWithAVeryLongNameThatGoesOnAndOnForTruncation"("id") ON DELETE SET NULL ON UPDATE CASCADE;
