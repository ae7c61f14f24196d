-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_orders" (
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
INSERT INTO "new_orders" ("commentNumber", "commentTenantId", "data", "endsat2_col", "endsat_col", "handle", "id", "label", "payload", "tagKind") SELECT "commentNumber", "commentTenantId", "data", "endsat2_col", "endsat_col", "handle", "id", "label", "payload", "tagKind" FROM "orders";
DROP TABLE "orders";
ALTER TABLE "new_orders" RENAME TO "orders";
CREATE UNIQUE INDEX "orders_handle_key" ON "orders"("handle");
CREATE INDEX "orders_handle_idx" ON "orders"("handle");
CREATE INDEX "orders_tagKind_idx" ON "orders"("tagKind");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
