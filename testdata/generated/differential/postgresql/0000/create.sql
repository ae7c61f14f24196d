-- CreateTable
CREATE TABLE "Product" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "verified" DECIMAL(65,30),
    "createdAt" SMALLINT NOT NULL,
    "name" DECIMAL(65,30) NOT NULL,

    CONSTRAINT "product_pk" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "Category" (
    "id" SERIAL NOT NULL,
    "handle" TEXT NOT NULL,
    "count_col" XML NOT NULL,
    "raw" polygon,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comments" (
    "id" SERIAL NOT NULL,
    "avatar" TEXT NOT NULL,
    "position" BIGINT[],

    CONSTRAINT "comments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Log" (
    "log_id" TEXT NOT NULL,
    "url" TEXT NOT NULL,

    CONSTRAINT "Log_pkey" PRIMARY KEY ("log_id")
);

-- CreateIndex
CREATE INDEX "Product_verified_idx" ON "Product"("verified" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Category_handle_key" ON "Category"("handle");

-- CreateIndex
CREATE INDEX "Category_handle_idx" ON "Category"("handle");

-- CreateIndex
CREATE INDEX "comments_avatar_idx" ON "comments" USING HASH ("avatar");

-- CreateIndex
CREATE UNIQUE INDEX "log_url_uq" ON "Log"("url");

-- CreateIndex
CREATE INDEX "Log_url_idx" ON "Log"("url" DESC);
