-- CreateTable
CREATE TABLE "Tag" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "level" REAL NOT NULL,
    "refundKind" TEXT DEFAULT 'ACTIVE',
    "sessionLinkId" TEXT,
    "taskId" TEXT,
    CONSTRAINT "Tag_sessionLinkId_fkey" FOREIGN KEY ("sessionLinkId") REFERENCES "SessionLink" ("id") ON DELETE NO ACTION ON UPDATE CASCADE,
    CONSTRAINT "Tag_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "tasks" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SessionLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "hash" TEXT DEFAULT 'a "quoted" word',
    "body" INTEGER NOT NULL,
    "size" DECIMAL NOT NULL DEFAULT 2.25,
    "refundKind" TEXT,
    "shipmentId" INTEGER NOT NULL,
    CONSTRAINT "SessionLink_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "tasks" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "label" TEXT,
    "updatedAt" DATETIME
);

-- CreateTable
CREATE TABLE "Shipment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "createdAt" INTEGER DEFAULT 42,
    "refundKind" TEXT DEFAULT 'draft',
    "shipmentEmail" TEXT,
    CONSTRAINT "Shipment_shipmentEmail_fkey" FOREIGN KEY ("shipmentEmail") REFERENCES "Shipment" ("email") ON DELETE CASCADE ON UPDATE RESTRICT
);

-- CreateIndex
CREATE INDEX "Tag_sessionLinkId_idx" ON "Tag"("sessionLinkId");

-- CreateIndex
CREATE INDEX "Tag_taskId_idx" ON "Tag"("taskId");

-- CreateIndex
CREATE INDEX "tag_sessionlinkid_0_ix" ON "Tag"("sessionLinkId" DESC);

-- CreateIndex
CREATE INDEX "tag_taskid_1_ix" ON "Tag"("taskId");

-- CreateIndex
CREATE INDEX "SessionLink_shipmentId_idx" ON "SessionLink"("shipmentId");

-- CreateIndex
CREATE UNIQUE INDEX "tasks_updatedAt_key" ON "tasks"("updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_email_key" ON "Shipment"("email");

-- CreateIndex
CREATE INDEX "Shipment_refundKind_email_idx" ON "Shipment"("refundKind", "email");

-- CreateIndex
CREATE INDEX "Shipment_refundKind_idx" ON "Shipment"("refundKind");
