-- CreateTable
CREATE TABLE "Refund" (
    "id" SERIAL NOT NULL,
    "data" BIGINT NOT NULL,
    "secret" INTEGER[] DEFAULT ARRAY[1, 2, 3]::INTEGER[],
    "level" DECIMAL(65,30) NOT NULL,
    "avatar" INTEGER NOT NULL,
    "meta" TEXT NOT NULL,
    "expiresAt" INTEGER,

    CONSTRAINT "Refund_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Refund_level_key" ON "Refund"("level");
