-- CreateEnum
CREATE TYPE "ProductKind" AS ENUM ('DONE', 'LOW');

-- CreateTable
CREATE TABLE "Task" (
    "id" TEXT NOT NULL,
    "kind" JSONB,
    "ratio" REAL,
    "meta" DATE NOT NULL DEFAULT CURRENT_DATE,
    "level" INTEGER,
    "productKind" "ProductKind"[] DEFAULT ARRAY['DONE']::"ProductKind"[],
    "taskId" TEXT,
    "taskId2" TEXT,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Task_taskId_key" ON "Task"("taskId");

-- CreateIndex
CREATE INDEX "Task_taskId2_idx" ON "Task"("taskId2");

-- CreateIndex
CREATE INDEX "task_taskid2_0_ix" ON "Task"("taskId2");

-- CreateIndex
CREATE INDEX "Task_id_idx" ON "Task" USING SPGIST ("id");

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE SET NULL ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_taskId2_fkey" FOREIGN KEY ("taskId2") REFERENCES "Task"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
