-- CreateEnum
CREATE TYPE "Plan2Kind" AS ENUM ('PENDING');

-- CreateEnum
CREATE TYPE "CategoryKind" AS ENUM ('draft', 'ACTIVE', 'PENDING');

-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "publishedAt" DECIMAL(65,30) NOT NULL,
    "productId" INTEGER,
    "productId2" INTEGER NOT NULL,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" SERIAL NOT NULL,
    "level" XML,
    "plan2Kind" "Plan2Kind" NOT NULL,
    "commentId" INTEGER NOT NULL,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Post" (
    "id" INTEGER NOT NULL,
    "secret" BOOLEAN NOT NULL,
    "slug_col" BIGINT NOT NULL,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tag" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "hash_col" MONEY[],
    "avatar" TIMESTAMPTZ(0) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" BYTEA NOT NULL,
    "categoryKind" "CategoryKind" DEFAULT 'ACTIVE',
    "productId" INTEGER NOT NULL,

    CONSTRAINT "tag_pk" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "amount" JSON NOT NULL,
    "hash" DOUBLE PRECISION NOT NULL,
    "balance_col" BOOLEAN NOT NULL DEFAULT false,
    "commentid_ref" INTEGER NOT NULL,
    "tagTenantId" TEXT NOT NULL,
    "tagNumber" INTEGER NOT NULL,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Comment_email_key" ON "Comment"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Comment_productId_key" ON "Comment"("productId");

-- CreateIndex
CREATE INDEX "Comment_productId2_idx" ON "Comment"("productId2");

-- CreateIndex
CREATE INDEX "Comment_productId_publishedAt_idx" ON "Comment"("productId", "publishedAt");

-- CreateIndex
CREATE INDEX "Comment_publishedAt_idx" ON "Comment"("publishedAt");

-- CreateIndex
CREATE INDEX "Product_commentId_idx" ON "Product"("commentId");

-- CreateIndex
CREATE INDEX "product_commentid_1_ix" ON "Product"("commentId");

-- CreateIndex
CREATE UNIQUE INDEX "Post_slug_col_key" ON "Post"("slug_col");

-- CreateIndex
CREATE INDEX "Tag_productId_idx" ON "Tag"("productId");

-- CreateIndex
CREATE INDEX "Tag_avatar_idx" ON "Tag"("avatar");

-- CreateIndex
CREATE INDEX "tag_avatar_1_ix" ON "Tag"("avatar");

-- CreateIndex
CREATE UNIQUE INDEX "Review_handle_key" ON "Review"("handle");

-- CreateIndex
CREATE INDEX "Review_tagTenantId_tagNumber_idx" ON "Review"("tagTenantId", "tagNumber");

-- CreateIndex
CREATE INDEX "Review_id_idx" ON "Review" USING SPGIST ("id");

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE SET NULL ON UPDATE SET DEFAULT;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_productId2_fkey" FOREIGN KEY ("productId2") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_commentid_ref_fkey" FOREIGN KEY ("commentid_ref") REFERENCES "Comment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_tagTenantId_tagNumber_fkey" FOREIGN KEY ("tagTenantId", "tagNumber") REFERENCES "Tag"("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE;
