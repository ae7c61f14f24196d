-- CreateTable
CREATE TABLE "Audit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" TEXT NOT NULL,
    "name" BOOLEAN,
    "slug" DECIMAL DEFAULT 1.5,
    "flags" DECIMAL NOT NULL,
    "raw" DATE,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Folder" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "hash" INTEGER NOT NULL,
    "expiresAt" BLOB,
    "amount" DATETIME,
    "note" TEXT DEFAULT '',
    "updatedAt" INTEGER DEFAULT 1,
    "updatedAt2" DATETIME NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" BLOB NOT NULL,
    "raw" NUMERIC,
    "planId" TEXT,
    CONSTRAINT "Plan_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Audit_expiresAt_key" ON "Audit"("expiresAt");

-- CreateIndex
CREATE INDEX "Audit_flags_idx" ON "Audit"("flags" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Folder_slug_key" ON "Folder"("slug");

-- CreateIndex
CREATE INDEX "folder_slug_0_ix" ON "Folder"("slug" DESC);

-- CreateIndex
CREATE INDEX "Folder_updatedAt_idx" ON "Folder"("updatedAt");
