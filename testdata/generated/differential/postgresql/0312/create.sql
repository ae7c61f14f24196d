-- CreateTable
CREATE TABLE "Product" (
    "id" UUID NOT NULL,
    "status" TIMESTAMP(3) DEFAULT '2024-01-02 03:04:05 +00:00',
    "email" BYTEA NOT NULL,
    "title" JSONB,
    "body" DECIMAL(65,30) NOT NULL DEFAULT 0,
    "version" BIGINT DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TagWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "rank" TIMESTAMPTZ(2) DEFAULT now(),
    "productid_ref" UUID,

    CONSTRAINT "TagWithAVeryLongNameThatGoesOnAndOnForTruncation_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "tokens" (
    "id" BIGSERIAL NOT NULL,
    "hash" DATE DEFAULT '2024-01-02 00:00:00 +00:00',
    "publishedAt" JSONB NOT NULL,

    CONSTRAINT "tokens_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Product_body_key" ON "Product"("body");

-- CreateIndex
CREATE INDEX "Product_version_idx" ON "Product"("version");

-- CreateIndex
CREATE INDEX "Product_title_idx" ON "Product" USING GIN ("title");

-- CreateIndex
CREATE UNIQUE INDEX "TagWithAVeryLongNameThatGoesOnAndOnForTruncation_handle_key" ON "TagWithAVeryLongNameThatGoesOnAndOnForTruncation"("handle");

-- CreateIndex
CREATE INDEX "TagWithAVeryLongNameThatGoesOnAndOnForTruncation_handle_idx" ON "TagWithAVeryLongNameThatGoesOnAndOnForTruncation" USING HASH ("handle");

-- CreateIndex
CREATE INDEX "tagwithaverylongnamethatgoesonandonfortr_productid_1_ix" ON "TagWithAVeryLongNameThatGoesOnAndOnForTruncation" USING HASH ("productid_ref");

-- CreateIndex
CREATE UNIQUE INDEX "tokens_hash_key" ON "tokens"("hash");

-- CreateIndex
CREATE INDEX "tokens_publishedAt_idx" ON "tokens" USING GIN ("publishedAt" jsonb_ops);

-- AddForeignKey
ALTER TABLE "TagWithAVeryLongNameThatGoesOnAndOnForTruncation" ADD CONSTRAINT "TagWithAVeryLongNameThatGoesOnAndOnForTruncation_productid_fkey" FOREIGN KEY ("productid_ref") REFERENCES "Product"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
