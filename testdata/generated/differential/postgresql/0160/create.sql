-- CreateEnum
CREATE TYPE "paymentkind_type" AS ENUM ('ACTIVE', 'draft', 'DONE');

-- CreateEnum
CREATE TYPE "ProductKind" AS ENUM ('ARCHIVED', 'HIGH');

-- CreateTable
CREATE TABLE "Log2" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "size" TIMESTAMP(3),
    "paymentKind" "paymentkind_type" NOT NULL,
    "taskId" UUID,

    CONSTRAINT "Log2_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" UUID NOT NULL,
    "startsAt" INTEGER NOT NULL,
    "level" VARBIT(8) NOT NULL,
    "slug" INTEGER NOT NULL DEFAULT -7,
    "productKind" "ProductKind"[],

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Log2_email_key" ON "Log2"("email");

-- CreateIndex
CREATE UNIQUE INDEX "task_slug_uq" ON "Task"("slug");

-- CreateIndex
CREATE INDEX "Task_slug_idx" ON "Task"("slug");

-- CreateIndex
CREATE INDEX "task_level_1_ix" ON "Task"("level" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Task_slug_startsAt_key" ON "Task"("slug", "startsAt");

-- AddForeignKey
ALTER TABLE "Log2" ADD CONSTRAINT "Log2_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
