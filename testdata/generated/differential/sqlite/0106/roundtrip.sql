-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Folder" (
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
INSERT INTO "new_Folder" ("balance", "createdAt", "folderSlug", "number", "raw", "slug", "tenantId") SELECT "balance", "createdAt", "folderSlug", "number", "raw", "slug", "tenantId" FROM "Folder";
DROP TABLE "Folder";
ALTER TABLE "new_Folder" RENAME TO "Folder";
CREATE UNIQUE INDEX "Folder_slug_key" ON "Folder"("slug");
CREATE UNIQUE INDEX "Folder_createdAt_key" ON "Folder"("createdAt");
CREATE INDEX "Folder_slug_folderSlug_idx" ON "Folder"("slug" DESC, "folderSlug");
CREATE INDEX "Folder_balance_idx" ON "Folder"("balance" DESC);
CREATE UNIQUE INDEX "folder_pair_key" ON "Folder"("createdAt", "balance");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
