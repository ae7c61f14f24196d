-- CreateEnum
CREATE TYPE "CommentKind" AS ENUM ('high_value', 'INACTIVE', 'DONE');

-- CreateTable
CREATE TABLE "Message" (
    "id" INTEGER NOT NULL,
    "url" TIMESTAMP(3)[],
    "size" BYTEA NOT NULL,
    "startsAt" CHAR,
    "color" TIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "slug" JSONB DEFAULT '{"a": 1}',
    "commentKind" "CommentKind" NOT NULL,
    "raw" interval,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rating" (
    "rating_id" TEXT NOT NULL,
    "weight" JSONB NOT NULL,
    "balance" VARCHAR(40) NOT NULL DEFAULT 'fixed'::text,
    "version" BIGINT,

    CONSTRAINT "Rating_pkey" PRIMARY KEY ("rating_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Message_startsAt_key" ON "Message"("startsAt");

-- CreateIndex
CREATE INDEX "message_startsat_0_ix" ON "Message"("startsAt" DESC);

-- CreateIndex
CREATE INDEX "Message_commentKind_idx" ON "Message"("commentKind");

-- CreateIndex
CREATE INDEX "Rating_balance_idx" ON "Rating"("balance" DESC);
