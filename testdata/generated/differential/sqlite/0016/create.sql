-- CreateTable
CREATE TABLE "Plan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "score" TEXT,
    "price" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "expiresAt" TEXT NOT NULL,
    "verified" TEXT,
    "raw" money
);

-- CreateTable
CREATE TABLE "Folder" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "ratio" BOOLEAN DEFAULT false,
    "level" DATETIME NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "RegionLink" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "weight" BIGINT,
    "slug" DATETIME,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Team_v2" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "createdAt" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateIndex
CREATE UNIQUE INDEX "Plan_expiresAt_key" ON "Plan"("expiresAt");

-- CreateIndex
CREATE INDEX "Plan_status_idx" ON "Plan"("status");

-- CreateIndex
CREATE UNIQUE INDEX "folder_level_uq" ON "Folder"("level");

-- CreateIndex
CREATE INDEX "Folder_ratio_idx" ON "Folder"("ratio");

-- CreateIndex
CREATE INDEX "Folder_level_idx" ON "Folder"("level");

-- CreateIndex
CREATE UNIQUE INDEX "RegionLink_weight_key" ON "RegionLink"("weight");

-- CreateIndex
CREATE UNIQUE INDEX "Team_v2_handle_key" ON "Team_v2"("handle");

-- CreateIndex
CREATE INDEX "Team_v2_createdAt_idx" ON "Team_v2"("createdAt");

-- CreateIndex
CREATE INDEX "Team_v2_handle_idx" ON "Team_v2"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "team_v2_pair_key" ON "Team_v2"("handle", "createdAt");
