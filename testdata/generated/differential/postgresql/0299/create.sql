-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "base";

-- CreateTable
CREATE TABLE "base"."Message" (
    "id" TEXT NOT NULL,
    "status" DECIMAL NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "amount" BYTEA,
    "endsAt" BOOLEAN NOT NULL DEFAULT false,
    "isActive" INTEGER NOT NULL,
    "url" REAL DEFAULT -2.25,

    CONSTRAINT "message_primary" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "base"."Cart" (
    "id" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "avatar" TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "cartHandle" TEXT,

    CONSTRAINT "Cart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rating" (
    "rating_id" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "updatedAt" BIGINT NOT NULL DEFAULT 0,
    "name" TIMESTAMP(3) NOT NULL,
    "secret" INTEGER NOT NULL,
    "count" BOOLEAN DEFAULT false,
    "cartId" INTEGER,

    CONSTRAINT "rating_primary" PRIMARY KEY ("rating_id")
);

-- CreateTable
CREATE TABLE "base"."Tag" (
    "id" TEXT NOT NULL,
    "meta" BIT NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "base"."_CartToMessage" (
    "A" INTEGER NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_CartToMessage_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Cart_handle_key" ON "base"."Cart"("handle");

-- CreateIndex
CREATE INDEX "Cart_cartHandle_idx" ON "base"."Cart"("cartHandle");

-- CreateIndex
CREATE INDEX "Cart_handle_idx" ON "base"."Cart"("handle" DESC);

-- CreateIndex
CREATE INDEX "cart_carthandle_1_ix" ON "base"."Cart"("cartHandle" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Cart_avatar_handle_key" ON "base"."Cart"("avatar", "handle");

-- CreateIndex
CREATE UNIQUE INDEX "Rating_handle_key" ON "Rating"("handle");

-- CreateIndex
CREATE INDEX "Rating_cartId_idx" ON "Rating"("cartId");

-- CreateIndex
CREATE INDEX "Rating_handle_idx" ON "Rating" USING SPGIST ("handle");

-- CreateIndex
CREATE INDEX "tag_meta_0_ix" ON "base"."Tag"("meta");

-- CreateIndex
CREATE INDEX "Tag_meta_idx" ON "base"."Tag"("meta");

-- CreateIndex
CREATE INDEX "_CartToMessage_B_index" ON "base"."_CartToMessage"("B");

-- AddForeignKey
ALTER TABLE "base"."Cart" ADD CONSTRAINT "Cart_cartHandle_fkey" FOREIGN KEY ("cartHandle") REFERENCES "base"."Cart"("handle") ON DELETE RESTRICT ON UPDATE SET DEFAULT;

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_cartId_fkey" FOREIGN KEY ("cartId") REFERENCES "base"."Cart"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "base"."_CartToMessage" ADD CONSTRAINT "_CartToMessage_A_fkey" FOREIGN KEY ("A") REFERENCES "base"."Cart"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "base"."_CartToMessage" ADD CONSTRAINT "_CartToMessage_B_fkey" FOREIGN KEY ("B") REFERENCES "base"."Message"("id") ON DELETE CASCADE ON UPDATE CASCADE;
