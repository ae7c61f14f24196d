-- CreateEnum
CREATE TYPE "Product_v2Kind" AS ENUM ('ACTIVE', 'high_value');

-- CreateTable
CREATE TABLE "comments" (
    "id" SERIAL NOT NULL,
    "ratio" INTEGER NOT NULL,
    "updatedAt" DECIMAL,
    "isActive" DECIMAL NOT NULL DEFAULT 0,
    "body" BOOLEAN NOT NULL DEFAULT false,
    "position" DOUBLE PRECISION[] DEFAULT ARRAY[1.5]::DOUBLE PRECISION[],
    "product_v2Kind" "Product_v2Kind" NOT NULL DEFAULT 'high_value',

    CONSTRAINT "comments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tickets" (
    "id" INTEGER NOT NULL,
    "slug" DECIMAL(65,30) NOT NULL,
    "product_v2Kind" "Product_v2Kind" NOT NULL,
    "ticketId" INTEGER,
    "commentId" INTEGER,

    CONSTRAINT "tickets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Role" (
    "id" SERIAL NOT NULL,
    "createdAt" VARBIT(6) NOT NULL DEFAULT '1111',

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "comments_isActive_body_idx" ON "comments"("isActive", "body");

-- CreateIndex
CREATE INDEX "comments_isActive_idx" ON "comments"("isActive");

-- CreateIndex
CREATE UNIQUE INDEX "comments_ratio_updatedAt_key" ON "comments"("ratio", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "tickets_ticketId_key" ON "tickets"("ticketId");

-- CreateIndex
CREATE INDEX "tickets_commentId_idx" ON "tickets"("commentId");

-- AddForeignKey
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "tickets"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "comments"("id") ON DELETE SET NULL ON UPDATE CASCADE;
