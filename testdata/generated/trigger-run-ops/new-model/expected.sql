-- CreateTable
CREATE TABLE "TaskRunNote" (
    "id" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "taskRunId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TaskRunNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TaskRunNote_taskRunId_idx" ON "TaskRunNote"("taskRunId");

-- AddForeignKey
ALTER TABLE "TaskRunNote" ADD CONSTRAINT "TaskRunNote_taskRunId_fkey" FOREIGN KEY ("taskRunId") REFERENCES "TaskRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;
