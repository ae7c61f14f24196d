-- CreateEnum
CREATE TYPE "FileKind" AS ENUM ('ARCHIVED');

-- CreateEnum
CREATE TYPE "CouponKind" AS ENUM ('ACTIVE', 'DONE');

-- CreateTable
CREATE TABLE "tasks" (
    "id" SERIAL NOT NULL,
    "handle" TEXT NOT NULL,
    "name" JSON NOT NULL,
    "amount_col" TIMETZ(4) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "avatar" DOUBLE PRECISION NOT NULL,
    "url" INTEGER NOT NULL,
    "raw" Int4,
    "taskHandle" TEXT,
    "taskHandle2" TEXT,

    CONSTRAINT "tasks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Profile" (
    "id" SERIAL NOT NULL,
    "total" TEXT NOT NULL DEFAULT 'back\slash',

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "tasks_handle_key" ON "tasks"("handle");

-- CreateIndex
CREATE INDEX "tasks_taskHandle_idx" ON "tasks"("taskHandle");

-- CreateIndex
CREATE INDEX "tasks_taskHandle2_idx" ON "tasks"("taskHandle2");

-- CreateIndex
CREATE INDEX "Profile_total_idx" ON "Profile"("total");

-- AddForeignKey
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_taskHandle_fkey" FOREIGN KEY ("taskHandle") REFERENCES "tasks"("handle") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_taskHandle2_fkey" FOREIGN KEY ("taskHandle2") REFERENCES "tasks"("handle") ON DELETE SET NULL ON UPDATE CASCADE;
