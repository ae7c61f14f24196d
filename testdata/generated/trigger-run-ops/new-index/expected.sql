-- CreateIndex
CREATE INDEX "TaskRunTag_createdAt_idx" ON "TaskRunTag"("createdAt");
