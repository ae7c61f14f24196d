-- CreateTable
CREATE TABLE "Task" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" BOOLEAN,
    "amount" DATETIME NOT NULL,

    PRIMARY KEY ("number", "tenantId")
);

-- CreateTable
CREATE TABLE "Audit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "code" INTEGER NOT NULL,
    "total" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "url" DATETIME NOT NULL,
    "updatedAt" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Note" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "payload" DATETIME,
    "payload2" BOOLEAN DEFAULT false,
    "meta" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "Task_slug_idx" ON "Task"("slug");

-- CreateIndex
CREATE INDEX "task_amount_1_ix" ON "Task"("amount");

-- CreateIndex
CREATE UNIQUE INDEX "Audit_slug_key" ON "Audit"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Audit_url_code_key" ON "Audit"("url", "code");

-- CreateIndex
CREATE INDEX "Note_meta_payload2_idx" ON "Note"("meta", "payload2");
