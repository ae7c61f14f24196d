-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "endsAt" INTEGER DEFAULT 1,
    "kind" BOOLEAN NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "shipmentId" INTEGER,
    "projectid_ref" TEXT,
    CONSTRAINT "Project_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Project_projectid_ref_fkey" FOREIGN KEY ("projectid_ref") REFERENCES "Project" ("id") ON DELETE NO ACTION ON UPDATE SET DEFAULT
);

-- CreateTable
CREATE TABLE "Shipment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 42,
    "position" TEXT NOT NULL,
    "shipmentId" INTEGER,
    CONSTRAINT "Shipment_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Store" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "count" JSONB,
    "flags_col" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "audit2Kind" TEXT NOT NULL,
    "shipmentId" INTEGER,
    CONSTRAINT "Store_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment" ("id") ON DELETE SET DEFAULT ON UPDATE NO ACTION
);

-- CreateIndex
CREATE INDEX "Project_shipmentId_idx" ON "Project"("shipmentId");

-- CreateIndex
CREATE INDEX "Project_kind_shipmentId_idx" ON "Project"("kind", "shipmentId");

-- CreateIndex
CREATE INDEX "Shipment_version_idx" ON "Shipment"("version");

-- CreateIndex
CREATE INDEX "Store_shipmentId_idx" ON "Store"("shipmentId");

-- CreateIndex
CREATE INDEX "store_shipmentid_1_ix" ON "Store"("shipmentId");
