-- DropForeignKey
ALTER TABLE "TaskRunDependency" DROP CONSTRAINT "TaskRunDependency_taskRunId_fkey";

-- AddForeignKey
ALTER TABLE "TaskRunDependency" ADD CONSTRAINT "TaskRunDependency_taskRunId_fkey" FOREIGN KEY ("taskRunId") REFERENCES "TaskRun"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
