-- CreateTable
CREATE TABLE "reviews" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "code" BYTEA NOT NULL,
    "code2" DOUBLE PRECISION,
    "kind" CHAR(26) NOT NULL,
    "score" DOUBLE PRECISION[],
    "ratio" BOOLEAN DEFAULT true,
    "flags" TIMESTAMP(3),
    "raw" lseg,

    CONSTRAINT "reviews_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comments" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "meta_col" JSONB NOT NULL,
    "avatar" TEXT NOT NULL,
    "isActive" SMALLINT NOT NULL,
    "expiresAt" UUID NOT NULL,
    "body" CHAR DEFAULT 'a',

    CONSTRAINT "comments_pkey" PRIMARY KEY ("number","tenantId")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" TEXT NOT NULL,
    "status" TIMESTAMP(3) NOT NULL,
    "flags" XML,
    "meta_col" INTEGER NOT NULL,
    "payload_col" TIME(0) NOT NULL,
    "flags2_col" DATE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "raw" lseg,
    "commentNumber" INTEGER,
    "commentTenantId" TEXT,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "reviews_slug_key" ON "reviews"("slug");

-- CreateIndex
CREATE INDEX "reviews_slug_idx" ON "reviews"("slug");

-- CreateIndex
CREATE INDEX "review_code2_1_ix" ON "reviews"("code2" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "comments_slug_key" ON "comments"("slug");

-- CreateIndex
CREATE INDEX "comments_isActive_idx" ON "comments"("isActive" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "comments_isActive_avatar_key" ON "comments"("isActive", "avatar");

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_commentNumber_commentTenantId_fkey" FOREIGN KEY ("commentNumber", "commentTenantId") REFERENCES "comments"("number", "tenantId") ON DELETE SET NULL ON UPDATE SET NULL;
