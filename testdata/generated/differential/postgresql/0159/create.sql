-- CreateEnum
CREATE TYPE "TokenKind" AS ENUM ('ARCHIVED');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('Published', 'DONE');

-- CreateTable
CREATE TABLE "Store" (
    "id" SERIAL NOT NULL,
    "size" INTEGER NOT NULL,
    "level" TIME(3) NOT NULL,
    "count_col" JSONB NOT NULL,
    "position" SMALLINT,
    "tokenKind" "TokenKind"[],

    CONSTRAINT "Store_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" SMALLSERIAL NOT NULL,
    "count_col" INTEGER[],
    "raw" point,
    "taskId" SMALLINT,
    "taskid2_ref" SMALLINT,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "store_size_0_ix" ON "Store"("size");

-- CreateIndex
CREATE INDEX "Task_taskid2_ref_taskId_idx" ON "Task"("taskid2_ref" DESC, "taskId");

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_taskid2_ref_fkey" FOREIGN KEY ("taskid2_ref") REFERENCES "Task"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
