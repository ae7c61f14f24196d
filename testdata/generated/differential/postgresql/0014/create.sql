-- CreateTable
CREATE TABLE "refunds" (
    "refund_id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "url" TEXT,
    "data_col" REAL DEFAULT 1.5,
    "expiresAt" OID,
    "updatedAt" BOOLEAN[],
    "secret" TEXT,
    "verified" BIGINT NOT NULL,
    "priceId" INTEGER NOT NULL,

    CONSTRAINT "refund_primary" PRIMARY KEY ("refund_id")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" SERIAL NOT NULL,
    "kind" INTEGER DEFAULT 42,
    "url" TEXT NOT NULL,
    "productId" INTEGER,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "level" BIGINT NOT NULL DEFAULT 1234567890123,
    "score" BYTEA,
    "count" INTEGER,
    "email" BYTEA NOT NULL,
    "productId" INTEGER,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Price" (
    "id" INTEGER NOT NULL,
    "title" BOOLEAN DEFAULT true,
    "ratio" BYTEA NOT NULL,
    "status" CHAR NOT NULL DEFAULT 'a',
    "weight" BYTEA,
    "tagEmail" TEXT,

    CONSTRAINT "Price_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "url" DOUBLE PRECISION NOT NULL,
    "color" INTEGER NOT NULL DEFAULT 42,
    "amount" CHAR NOT NULL DEFAULT 'a',
    "expiresAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "position" CHAR(30) DEFAULT 'abcdefgh',
    "rank" BYTEA,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "refunds_slug_key" ON "refunds"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "refund_url_uq" ON "refunds"("url");

-- CreateIndex
CREATE INDEX "refunds_expiresAt_verified_idx" ON "refunds"("expiresAt", "verified");

-- CreateIndex
CREATE INDEX "refunds_verified_url_idx" ON "refunds"("verified", "url");

-- CreateIndex
CREATE UNIQUE INDEX "Product_productId_key" ON "Product"("productId");

-- CreateIndex
CREATE INDEX "Product_productId_idx" ON "Product"("productId");

-- CreateIndex
CREATE INDEX "Project_count_idx" ON "Project"("count");

-- CreateIndex
CREATE INDEX "Project_productId_idx" ON "Project"("productId");

-- CreateIndex
CREATE UNIQUE INDEX "Price_title_key" ON "Price"("title");

-- CreateIndex
CREATE UNIQUE INDEX "Price_tagEmail_key" ON "Price"("tagEmail");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_email_key" ON "Tag"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_url_key" ON "Tag"("url");

-- AddForeignKey
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_priceId_fkey" FOREIGN KEY ("priceId") REFERENCES "Price"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Price" ADD CONSTRAINT "Price_tagEmail_fkey" FOREIGN KEY ("tagEmail") REFERENCES "Tag"("email") ON DELETE SET NULL ON UPDATE SET NULL;
