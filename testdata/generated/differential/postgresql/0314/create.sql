-- CreateEnum
CREATE TYPE "TagKind" AS ENUM ('INACTIVE', 'PENDING');

-- CreateEnum
CREATE TYPE "MessageKind" AS ENUM ('ACTIVE', 'HIGH', 'draft_value', 'INACTIVE');

-- CreateTable
CREATE TABLE "Item" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "status" BIGINT NOT NULL DEFAULT 1234567890123,
    "tagKind" "TagKind"[],
    "commentId" TEXT,
    "commentId2" TEXT,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL,
    "avatar_col" TIMESTAMP(3)[],
    "amount_col" BYTEA NOT NULL,
    "amount2" DOUBLE PRECISION NOT NULL,
    "version" TIMESTAMP(3),
    "messageKind" "MessageKind" DEFAULT 'ACTIVE',
    "raw" polygon,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Item_email_key" ON "Item"("email");

-- CreateIndex
CREATE INDEX "Item_commentId2_idx" ON "Item"("commentId2");

-- CreateIndex
CREATE INDEX "item_commentid_0_ix" ON "Item"("commentId");

-- CreateIndex
CREATE INDEX "Comment_version_messageKind_idx" ON "Comment"("version", "messageKind");

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "item_commentid_fk" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "Item_commentId2_fkey" FOREIGN KEY ("commentId2") REFERENCES "Comment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
