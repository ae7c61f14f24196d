-- CreateTable
CREATE TABLE "Comment" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT DEFAULT 'it''s',
    "name" TEXT,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Task" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "total" REAL,
    "secret_col" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT -7,
    "score" INTEGER,
    "score2" INTEGER DEFAULT 0,
    "tagKind" TEXT NOT NULL DEFAULT 'INACTIVE',
    "taskNumber" INTEGER,
    "taskTenantId" TEXT,

    PRIMARY KEY ("number", "tenantId"),
    CONSTRAINT "Task_taskNumber_taskTenantId_fkey" FOREIGN KEY ("taskNumber", "taskTenantId") REFERENCES "Task" ("number", "tenantId") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "orders" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "endsat_col" JSONB,
    "endsat2_col" BOOLEAN NOT NULL DEFAULT true,
    "label" INTEGER,
    "data" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "payload" TEXT,
    "tagKind" TEXT DEFAULT 'INACTIVE',
    "commentTenantId" TEXT,
    "commentNumber" INTEGER,
    CONSTRAINT "orders_commentTenantId_commentNumber_fkey" FOREIGN KEY ("commentTenantId", "commentNumber") REFERENCES "Comment" ("tenantId", "number") ON DELETE SET DEFAULT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Task_secret_col_idx" ON "Task"("secret_col" DESC);

-- CreateIndex
CREATE INDEX "Task_taskTenantId_idx" ON "Task"("taskTenantId");

-- CreateIndex
CREATE UNIQUE INDEX "orders_handle_key" ON "orders"("handle");

-- CreateIndex
CREATE INDEX "orders_handle_idx" ON "orders"("handle");

-- CreateIndex
CREATE INDEX "orders_tagKind_idx" ON "orders"("tagKind");
