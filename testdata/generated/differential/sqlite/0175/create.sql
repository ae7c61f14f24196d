-- CreateTable
CREATE TABLE "Session" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "endsAt" INTEGER NOT NULL DEFAULT 1,
    "kind" REAL,
    "data" JSONB NOT NULL,
    "data2" REAL NOT NULL DEFAULT -2.25,
    "rank" DATETIME NOT NULL,
    "note" DECIMAL NOT NULL
);

-- CreateTable
CREATE TABLE "PlanItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "status" JSONB NOT NULL,
    "price" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "productKind" TEXT NOT NULL DEFAULT 'Published',
    "updatedAt" DATETIME NOT NULL,
    "folderTenantId" TEXT NOT NULL,
    "folderNumber" INTEGER NOT NULL,
    CONSTRAINT "PlanItem_folderTenantId_folderNumber_fkey" FOREIGN KEY ("folderTenantId", "folderNumber") REFERENCES "folders" ("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "folders" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "expiresAt" INTEGER DEFAULT 1,
    "kind" BOOLEAN DEFAULT false,
    "level" BIGINT NOT NULL DEFAULT 1234567890123,
    "kind2" BLOB,
    "productKind" TEXT NOT NULL,
    "planItemId" TEXT NOT NULL,
    "planItemId2" TEXT,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "folders_planItemId_fkey" FOREIGN KEY ("planItemId") REFERENCES "PlanItem" ("id") ON DELETE NO ACTION ON UPDATE CASCADE,
    CONSTRAINT "folders_planItemId2_fkey" FOREIGN KEY ("planItemId2") REFERENCES "PlanItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" REAL
);

-- CreateIndex
CREATE UNIQUE INDEX "Session_data2_key" ON "Session"("data2");

-- CreateIndex
CREATE INDEX "session_endsat_0_ix" ON "Session"("endsAt");

-- CreateIndex
CREATE INDEX "Session_kind_endsAt_idx" ON "Session"("kind", "endsAt");

-- CreateIndex
CREATE UNIQUE INDEX "PlanItem_handle_key" ON "PlanItem"("handle");

-- CreateIndex
CREATE INDEX "PlanItem_handle_idx" ON "PlanItem"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "folders_level_key" ON "folders"("level");

-- CreateIndex
CREATE UNIQUE INDEX "folders_planItemId_key" ON "folders"("planItemId");

-- CreateIndex
CREATE INDEX "folders_planItemId2_idx" ON "folders"("planItemId2");

-- CreateIndex
CREATE INDEX "folders_productKind_idx" ON "folders"("productKind");

-- CreateIndex
CREATE INDEX "folder_productkind_1_ix" ON "folders"("productKind");

-- CreateIndex
CREATE INDEX "Project_name_idx" ON "Project"("name");

-- CreateIndex
CREATE INDEX "project_name_1_ix" ON "Project"("name");
