-- CreateIndex
CREATE INDEX "File_shareId_idx" ON "File"("shareId");
