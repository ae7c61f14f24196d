-- CreateEnum
CREATE TYPE "RegionKind" AS ENUM ('ACTIVE', 'INACTIVE');

-- CreateTable
CREATE TABLE "products" (
    "id" INTEGER NOT NULL,
    "ratio" INET NOT NULL,
    "note" DECIMAL(65,30) NOT NULL,
    "code" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "secret" TIMESTAMP,
    "weight" BOOLEAN[] DEFAULT ARRAY[true, false]::BOOLEAN[],
    "slug_col" INTEGER,
    "regionKind" "RegionKind" NOT NULL DEFAULT 'ACTIVE',
    "planId" TEXT,

    CONSTRAINT "products_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plans" (
    "id" TEXT NOT NULL,
    "color" DECIMAL NOT NULL DEFAULT 2.25,
    "verified" DOUBLE PRECISION,
    "amount" CHAR NOT NULL DEFAULT 'a',
    "color2" TEXT NOT NULL,
    "regionKind" "RegionKind" NOT NULL DEFAULT 'INACTIVE',

    CONSTRAINT "plans_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_PlanToProduct762" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_PlanToProduct762_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "products_planId_idx" ON "products"("planId");

-- CreateIndex
CREATE INDEX "products_note_regionKind_idx" ON "products"("note", "regionKind");

-- CreateIndex
CREATE INDEX "product_planid_sx" ON "products" USING SPGIST ("planId");

-- CreateIndex
CREATE UNIQUE INDEX "product_pair_key" ON "products"("regionKind", "note");

-- CreateIndex
CREATE UNIQUE INDEX "plans_amount_key" ON "plans"("amount");

-- CreateIndex
CREATE INDEX "_PlanToProduct762_B_index" ON "_PlanToProduct762"("B");

-- AddForeignKey
ALTER TABLE "products" ADD CONSTRAINT "products_planId_fkey" FOREIGN KEY ("planId") REFERENCES "plans"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "_PlanToProduct762" ADD CONSTRAINT "_PlanToProduct762_A_fkey" FOREIGN KEY ("A") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PlanToProduct762" ADD CONSTRAINT "_PlanToProduct762_B_fkey" FOREIGN KEY ("B") REFERENCES "products"("id") ON DELETE CASCADE ON UPDATE CASCADE;
