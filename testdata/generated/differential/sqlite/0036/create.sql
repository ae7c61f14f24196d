-- CreateTable
CREATE TABLE "Task" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "expiresAt" INTEGER NOT NULL,
    "updatedAt" BIGINT DEFAULT 0,
    "expiresAt2" TEXT NOT NULL,
    "raw" geometry,
    "updatedAt2" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "events" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "expiresAt" INTEGER DEFAULT 0,
    "size" INTEGER NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Refund" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "price_col" DATETIME,
    "label" BOOLEAN DEFAULT false,
    "taskSlug" TEXT,
    CONSTRAINT "Refund_taskSlug_fkey" FOREIGN KEY ("taskSlug") REFERENCES "Task" ("slug") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Item" (
    "refundId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,

    PRIMARY KEY ("refundId", "taskId"),
    CONSTRAINT "Item_refundId_fkey" FOREIGN KEY ("refundId") REFERENCES "Refund" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Item_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Task_slug_key" ON "Task"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Task_updatedAt_key" ON "Task"("updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "events_handle_key" ON "events"("handle");

-- CreateIndex
CREATE INDEX "events_size_expiresAt_idx" ON "events"("size", "expiresAt");

-- CreateIndex
CREATE INDEX "events_expiresAt_size_idx" ON "events"("expiresAt", "size");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_taskSlug_key" ON "Refund"("taskSlug");

-- CreateIndex
CREATE INDEX "Refund_taskSlug_idx" ON "Refund"("taskSlug");

-- CreateIndex
CREATE INDEX "Refund_price_col_idx" ON "Refund"("price_col" DESC);
