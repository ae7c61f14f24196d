-- CreateTable
CREATE TABLE "TaskLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "version" INTEGER NOT NULL,
    "commentKind" TEXT DEFAULT 'draft',
    "tasklinkid_ref" TEXT,
    CONSTRAINT "TaskLink_tasklinkid_ref_fkey" FOREIGN KEY ("tasklinkid_ref") REFERENCES "TaskLink" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "TaskLink_tasklinkid_ref_idx" ON "TaskLink"("tasklinkid_ref");

-- CreateIndex
CREATE INDEX "TaskLink_version_idx" ON "TaskLink"("version" DESC);
