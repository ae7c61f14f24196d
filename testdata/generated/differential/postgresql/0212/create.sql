-- CreateEnum
CREATE TYPE "TeamItemKind" AS ENUM ('Published');

-- CreateEnum
CREATE TYPE "ChannelKind" AS ENUM ('PENDING');

-- CreateTable
CREATE TABLE "Audit_v2" (
    "id" UUID NOT NULL,
    "amount" TEXT DEFAULT 'hello',
    "secret" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ratio" TIMESTAMP(3) NOT NULL,
    "code_col" INTEGER,
    "tagId" SMALLINT,

    CONSTRAINT "audit_v2_primary" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" SMALLSERIAL NOT NULL,
    "label" BIT(1) DEFAULT '1',
    "verified" INTEGER NOT NULL,
    "kind" DOUBLE PRECISION NOT NULL,
    "payload" BYTEA NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Audit_v2_tagId_key" ON "Audit_v2"("tagId");

-- CreateIndex
CREATE INDEX "Audit_v2_secret_idx" ON "Audit_v2"("secret" DESC);

-- CreateIndex
CREATE INDEX "audit_v2_ratio_1_ix" ON "Audit_v2"("ratio");

-- CreateIndex
CREATE INDEX "Tag_label_idx" ON "Tag"("label");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_label_verified_key" ON "Tag"("label", "verified");

-- AddForeignKey
ALTER TABLE "Audit_v2" ADD CONSTRAINT "Audit_v2_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE SET NULL ON UPDATE CASCADE;
