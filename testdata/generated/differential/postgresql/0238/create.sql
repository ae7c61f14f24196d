-- CreateEnum
CREATE TYPE "OrderKind" AS ENUM ('archived_value', 'low_value', 'INACTIVE');

-- CreateTable
CREATE TABLE "MessageWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "amount" DOUBLE PRECISION,
    "payload" BIGINT NOT NULL DEFAULT 0,
    "expiresAt" BYTEA NOT NULL,
    "size_col" TIMESTAMP(3) NOT NULL DEFAULT (now() + '1 day'::interval),
    "orderKind" "OrderKind" NOT NULL DEFAULT 'INACTIVE',
    "raw" tsvector,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "messageId" INTEGER,
    "messageId2" INTEGER,

    CONSTRAINT "MessageWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MessageWithAVeryLongNameThatGoesOnAndOnForTruncation_slug_key" ON "MessageWithAVeryLongNameThatGoesOnAndOnForTruncation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "messagewithaverylongnamethatgoesonandonf_messageid_one" ON "MessageWithAVeryLongNameThatGoesOnAndOnForTruncation"("messageId");

-- CreateIndex
CREATE UNIQUE INDEX "messagewithaverylongnamethatgoesonandonf_messageid2_one" ON "MessageWithAVeryLongNameThatGoesOnAndOnForTruncation"("messageId2");

-- CreateIndex
CREATE UNIQUE INDEX "messagewithaverylongnamethatgoesonandonf_pair_key" ON "MessageWithAVeryLongNameThatGoesOnAndOnForTruncation"("payload", "amount");

-- AddForeignKey
ALTER TABLE "MessageWithAVeryLongNameThatGoesOnAndOnForTruncation" ADD CONSTRAINT "MessageWithAVeryLongNameThatGoesOnAndOnForTruncation_messa_fkey" FOREIGN KEY ("messageId") REFERENCES "MessageWithAVeryLongNameThatGoesOnAndOnForTruncation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MessageWithAVeryLongNameThatGoesOnAndOnForTruncation" ADD CONSTRAINT "messagewithaverylongnamethatgoesonandonf_messageid2_fk" FOREIGN KEY ("messageId2") REFERENCES "MessageWithAVeryLongNameThatGoesOnAndOnForTruncation"("id") ON DELETE NO ACTION ON UPDATE RESTRICT;
