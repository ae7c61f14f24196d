-- CreateEnum
CREATE TYPE "UserKind" AS ENUM ('HIGH');

-- CreateEnum
CREATE TYPE "InvoiceKind" AS ENUM ('ACTIVE', 'DONE');

-- CreateTable
CREATE TABLE "Post" (
    "id" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "total" JSONB,
    "slug" TEXT DEFAULT 'fixed'::text,
    "version" OID NOT NULL DEFAULT 26,
    "email2" JSONB NOT NULL,
    "weight" INTEGER DEFAULT 0,
    "postId" INTEGER,
    "postId2" INTEGER,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Post_email_key" ON "Post"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Post_slug_weight_key" ON "Post"("slug", "weight");

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_postId2_fkey" FOREIGN KEY ("postId2") REFERENCES "Post"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
