-- CreateTable
CREATE TABLE "posts" (
    "id" UUID NOT NULL,
    "note" BIT NOT NULL,
    "avatar" TIMESTAMP(3) NOT NULL,
    "hash" INTEGER DEFAULT 42,
    "url" VARCHAR(92) NOT NULL DEFAULT '',
    "ratio" SMALLINT NOT NULL,
    "postId" UUID,
    "cartTenantId" TEXT,
    "cartNumber" INTEGER,

    CONSTRAINT "posts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Store" (
    "store_id" TEXT NOT NULL,
    "avatar" BIGINT NOT NULL,
    "createdAt" OID DEFAULT 90,
    "name_col" DOUBLE PRECISION NOT NULL,
    "startsAt" INTEGER NOT NULL DEFAULT 0,
    "position" TIMESTAMP(3)[],
    "code" OID NOT NULL DEFAULT 81,

    CONSTRAINT "Store_pkey" PRIMARY KEY ("store_id")
);

-- CreateTable
CREATE TABLE "Cart" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "rank" INTEGER DEFAULT (1 + 2),
    "startsAt" TIMETZ(1),
    "cartTenantId" TEXT,
    "cartNumber" INTEGER,

    CONSTRAINT "Cart_pkey" PRIMARY KEY ("tenantId","number")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "amount" INTEGER NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_PostToStore" (
    "A" UUID NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_PostToStore_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "posts_cartTenantId_cartNumber_key" ON "posts"("cartTenantId", "cartNumber");

-- CreateIndex
CREATE UNIQUE INDEX "posts_hash_note_key" ON "posts"("hash", "note");

-- CreateIndex
CREATE UNIQUE INDEX "Store_createdAt_key" ON "Store"("createdAt");

-- CreateIndex
CREATE INDEX "Store_code_idx" ON "Store"("code");

-- CreateIndex
CREATE INDEX "Store_name_col_avatar_idx" ON "Store"("name_col", "avatar");

-- CreateIndex
CREATE INDEX "Cart_cartTenantId_cartNumber_idx" ON "Cart"("cartTenantId", "cartNumber");

-- CreateIndex
CREATE INDEX "Plan_amount_idx" ON "Plan"("amount");

-- CreateIndex
CREATE INDEX "plan_amount_1_ix" ON "Plan"("amount");

-- CreateIndex
CREATE INDEX "_PostToStore_B_index" ON "_PostToStore"("B");

-- AddForeignKey
ALTER TABLE "posts" ADD CONSTRAINT "posts_postId_fkey" FOREIGN KEY ("postId") REFERENCES "posts"("id") ON DELETE SET DEFAULT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "posts" ADD CONSTRAINT "posts_cartTenantId_cartNumber_fkey" FOREIGN KEY ("cartTenantId", "cartNumber") REFERENCES "Cart"("tenantId", "number") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cart" ADD CONSTRAINT "Cart_cartTenantId_cartNumber_fkey" FOREIGN KEY ("cartTenantId", "cartNumber") REFERENCES "Cart"("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PostToStore" ADD CONSTRAINT "_PostToStore_A_fkey" FOREIGN KEY ("A") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PostToStore" ADD CONSTRAINT "_PostToStore_B_fkey" FOREIGN KEY ("B") REFERENCES "Store"("store_id") ON DELETE CASCADE ON UPDATE CASCADE;
