-- CreateTable
CREATE TABLE "Cart" (
    "id" INTEGER NOT NULL,
    "avatar" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Cart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "hash" VARCHAR NOT NULL,
    "updatedAt" BOOLEAN NOT NULL,
    "kind_col" TIME(3) NOT NULL,
    "position_col" TEXT[],
    "startsAt" BIGINT NOT NULL,
    "itemId" INTEGER,
    "memberSlug" TEXT NOT NULL,
    "itemId2" INTEGER NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Item" (
    "id" INTEGER NOT NULL,
    "score_col" DOUBLE PRECISION[],
    "expiresAt" BIGINT,
    "price" INTEGER,
    "expiresAt2" DATE[],
    "note" BIGINT DEFAULT 0,
    "level" DOUBLE PRECISION,
    "itemId" INTEGER,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "secret_col" DOUBLE PRECISION[] DEFAULT ARRAY[1.5]::DOUBLE PRECISION[],
    "code" BYTEA NOT NULL,
    "startsAt" BYTEA,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Refund" (
    "itemId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Refund_pkey" PRIMARY KEY ("itemId","userId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Cart_avatar_key" ON "Cart"("avatar");

-- CreateIndex
CREATE INDEX "User_itemId_idx" ON "User"("itemId");

-- CreateIndex
CREATE INDEX "User_itemId2_idx" ON "User"("itemId2");

-- CreateIndex
CREATE INDEX "User_kind_col_hash_idx" ON "User"("kind_col", "hash");

-- CreateIndex
CREATE INDEX "Item_level_idx" ON "Item"("level" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Member_slug_key" ON "Member"("slug");

-- CreateIndex
CREATE INDEX "Member_slug_idx" ON "Member"("slug");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "user_memberslug_fk" FOREIGN KEY ("memberSlug") REFERENCES "Member"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_itemId2_fkey" FOREIGN KEY ("itemId2") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "item_itemid_fk" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
