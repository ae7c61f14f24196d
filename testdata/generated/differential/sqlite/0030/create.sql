-- CreateTable
CREATE TABLE "Task" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "avatar" JSONB,
    "taskid_ref" INTEGER,
    "taskid2_ref" INTEGER,
    CONSTRAINT "Task_taskid_ref_fkey" FOREIGN KEY ("taskid_ref") REFERENCES "Task" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Task_taskid2_ref_fkey" FOREIGN KEY ("taskid2_ref") REFERENCES "Task" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Task_email_key" ON "Task"("email");

-- CreateIndex
CREATE INDEX "Task_taskid_ref_idx" ON "Task"("taskid_ref");

-- CreateIndex
CREATE INDEX "Task_taskid2_ref_idx" ON "Task"("taskid2_ref");

-- CreateIndex
CREATE INDEX "task_taskid2_0_ix" ON "Task"("taskid2_ref");

-- CreateIndex
CREATE INDEX "Task_email_idx" ON "Task"("email");
