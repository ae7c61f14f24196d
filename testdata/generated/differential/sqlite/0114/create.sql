-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "hash_col" DECIMAL NOT NULL,
    "slug_col" DATETIME NOT NULL,
    "score" DATETIME,
    "name" BLOB,
    "data" DATETIME NOT NULL,
    "startsat_col" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "profileKind" TEXT NOT NULL DEFAULT 'draft_value',
    "taskTenantId" TEXT NOT NULL,
    "taskNumber" INTEGER NOT NULL,
    "taskTenantId2" TEXT,
    "taskNumber2" INTEGER,
    CONSTRAINT "Project_taskTenantId_taskNumber_fkey" FOREIGN KEY ("taskTenantId", "taskNumber") REFERENCES "Task" ("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Project_taskTenantId2_taskNumber2_fkey" FOREIGN KEY ("taskTenantId2", "taskNumber2") REFERENCES "Task" ("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Task" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "position" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "balance" TEXT NOT NULL,
    "count" REAL NOT NULL,
    "secret" DATETIME NOT NULL,
    "profileKind" TEXT NOT NULL,
    "projectId" TEXT,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Task_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE SET DEFAULT ON UPDATE RESTRICT
);

-- CreateIndex
CREATE UNIQUE INDEX "Project_handle_key" ON "Project"("handle");

-- CreateIndex
CREATE INDEX "project_data_0_ix" ON "Project"("data");

-- CreateIndex
CREATE INDEX "Project_handle_taskTenantId_idx" ON "Project"("handle" DESC, "taskTenantId");

-- CreateIndex
CREATE UNIQUE INDEX "Task_projectId_key" ON "Task"("projectId");

-- CreateIndex
CREATE INDEX "Task_secret_idx" ON "Task"("secret" DESC);
