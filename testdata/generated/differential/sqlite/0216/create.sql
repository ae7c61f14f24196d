-- CreateTable
CREATE TABLE "files" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DECIMAL NOT NULL DEFAULT 1.5
);

-- CreateIndex
CREATE INDEX "files_expiresAt_idx" ON "files"("expiresAt");
