-- CreateTable
CREATE TABLE "Item" (
    "id" SERIAL NOT NULL,
    "count" INTEGER NOT NULL,
    "flag" INTEGER NOT NULL,
    "title" VARCHAR(100) NOT NULL,
    "note" TEXT NOT NULL,
    "opt" TEXT,
    "at" TIMESTAMP(6) NOT NULL,
    "price" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "label" TEXT NOT NULL DEFAULT 'x',
    "made" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "code" TEXT NOT NULL,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Item_code_key" ON "Item"("code");
