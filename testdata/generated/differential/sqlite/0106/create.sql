-- CreateTable
CREATE TABLE "Folder" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "balance" TEXT NOT NULL,
    "createdAt" BOOLEAN DEFAULT false,
    "raw" NUMERIC,
    "folderSlug" TEXT,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Folder_folderSlug_fkey" FOREIGN KEY ("folderSlug") REFERENCES "Folder" ("slug") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Folder_slug_key" ON "Folder"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Folder_createdAt_key" ON "Folder"("createdAt");

-- CreateIndex
CREATE INDEX "Folder_slug_folderSlug_idx" ON "Folder"("slug" DESC, "folderSlug");

-- CreateIndex
CREATE INDEX "Folder_balance_idx" ON "Folder"("balance" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "folder_pair_key" ON "Folder"("createdAt", "balance");
