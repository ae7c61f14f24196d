-- CreateTable
CREATE TABLE "Task" (
    "id" TEXT NOT NULL,
    "hash" DOUBLE PRECISION[] DEFAULT ARRAY[1.5]::DOUBLE PRECISION[],
    "amount" UUID NOT NULL,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Task_amount_idx" ON "Task" USING HASH ("amount");
