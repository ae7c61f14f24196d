-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Project" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "endsAt" INTEGER DEFAULT 1,
    "kind" BOOLEAN NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "shipmentId" INTEGER,
    "projectid_ref" TEXT,
    CONSTRAINT "Project_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Project_projectid_ref_fkey" FOREIGN KEY ("projectid_ref") REFERENCES "Project" ("id") ON DELETE NO ACTION ON UPDATE SET DEFAULT
);
INSERT INTO "new_Project" ("endsAt", "id", "kind", "projectid_ref", "shipmentId", "updatedAt") SELECT "endsAt", "id", "kind", "projectid_ref", "shipmentId", "updatedAt" FROM "Project";
DROP TABLE "Project";
ALTER TABLE "new_Project" RENAME TO "Project";
CREATE INDEX "Project_shipmentId_idx" ON "Project"("shipmentId");
CREATE INDEX "Project_kind_shipmentId_idx" ON "Project"("kind", "shipmentId");
CREATE TABLE "new_Store" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "count" JSONB,
    "flags_col" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "audit2Kind" TEXT NOT NULL,
    "shipmentId" INTEGER,
    CONSTRAINT "Store_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment" ("id") ON DELETE SET DEFAULT ON UPDATE NO ACTION
);
INSERT INTO "new_Store" ("audit2Kind", "count", "flags_col", "id", "shipmentId") SELECT "audit2Kind", "count", "flags_col", "id", "shipmentId" FROM "Store";
DROP TABLE "Store";
ALTER TABLE "new_Store" RENAME TO "Store";
CREATE INDEX "Store_shipmentId_idx" ON "Store"("shipmentId");
CREATE INDEX "store_shipmentid_1_ix" ON "Store"("shipmentId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
