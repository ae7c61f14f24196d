-- CreateTable
CREATE TABLE "Item" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "secret" BOOLEAN NOT NULL DEFAULT false,
    "tokenKind" TEXT NOT NULL DEFAULT 'draft',
    "itemTenantId" TEXT,
    "itemNumber" INTEGER,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Item_itemTenantId_itemNumber_fkey" FOREIGN KEY ("itemTenantId", "itemNumber") REFERENCES "Item" ("tenantId", "number") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Category" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "url" TEXT DEFAULT 'it''s',
    "flags" JSONB NOT NULL,
    "slug" DECIMAL NOT NULL,
    "meta" TEXT NOT NULL,
    "balance" DECIMAL NOT NULL,
    "raw" VARCHAR(10)
);

-- CreateTable
CREATE TABLE "User" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "payload" INTEGER DEFAULT 0,
    "isActive" TEXT,
    "amount" BIGINT NOT NULL DEFAULT 1234567890123,

    PRIMARY KEY ("number", "tenantId")
);

-- CreateTable
CREATE TABLE "Audit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "endsAt" INTEGER NOT NULL DEFAULT 1,
    "data" JSONB,
    "expiresAt" DECIMAL NOT NULL,
    "version" INTEGER DEFAULT -7,
    "label" DATETIME NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "note" DECIMAL NOT NULL DEFAULT 2.25,
    "tokenKind" TEXT NOT NULL DEFAULT 'PENDING',
    "raw" DATE
);

-- CreateTable
CREATE TABLE "tasks" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "expiresAt" DATETIME,
    "code" DECIMAL,
    "balance" BOOLEAN,
    "updatedAt" TEXT,
    "tokenKind" TEXT NOT NULL DEFAULT 'PENDING',
    "userNumber" INTEGER,
    "userTenantId" TEXT,
    "taskId" INTEGER,
    CONSTRAINT "tasks_userNumber_userTenantId_fkey" FOREIGN KEY ("userNumber", "userTenantId") REFERENCES "User" ("number", "tenantId") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "tasks_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "tasks" ("id") ON DELETE NO ACTION ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Item_tokenKind_key" ON "Item"("tokenKind");

-- CreateIndex
CREATE INDEX "Item_itemTenantId_itemNumber_idx" ON "Item"("itemTenantId", "itemNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Category_email_key" ON "Category"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Category_meta_key" ON "Category"("meta");

-- CreateIndex
CREATE INDEX "Category_balance_idx" ON "Category"("balance");

-- CreateIndex
CREATE INDEX "Category_meta_idx" ON "Category"("meta");

-- CreateIndex
CREATE INDEX "User_amount_idx" ON "User"("amount");

-- CreateIndex
CREATE INDEX "user_amount_1_ix" ON "User"("amount", "isActive");

-- CreateIndex
CREATE UNIQUE INDEX "Audit_handle_key" ON "Audit"("handle");

-- CreateIndex
CREATE INDEX "Audit_note_idx" ON "Audit"("note");

-- CreateIndex
CREATE INDEX "Audit_endsAt_idx" ON "Audit"("endsAt");

-- CreateIndex
CREATE UNIQUE INDEX "tasks_slug_key" ON "tasks"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "task_balance_uq" ON "tasks"("balance");

-- CreateIndex
CREATE INDEX "tasks_taskId_idx" ON "tasks"("taskId");

-- CreateIndex
CREATE INDEX "tasks_taskId_balance_idx" ON "tasks"("taskId" DESC, "balance");

-- CreateIndex
CREATE UNIQUE INDEX "tasks_userNumber_userTenantId_key" ON "tasks"("userNumber", "userTenantId");
