-- CreateTable
CREATE TABLE "invoicehistorys" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "position" TEXT DEFAULT 'x',
    "position2" DECIMAL NOT NULL,
    "total" TEXT NOT NULL DEFAULT 'hello',
    "projectKind" TEXT NOT NULL,
    "raw" VARCHAR(10)
);

-- CreateTable
CREATE TABLE "Plan" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "weight" REAL NOT NULL DEFAULT 0,
    "projectKind" TEXT NOT NULL DEFAULT 'ACTIVE',
    "updatedAt" DATETIME NOT NULL,
    "itemId" INTEGER NOT NULL,
    "invoiceHistoryId" INTEGER,
    "planTenantId" TEXT,
    "planNumber" INTEGER,
    "planTenantId2" TEXT,
    "planNumber2" INTEGER,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "Plan_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
    CONSTRAINT "Plan_invoiceHistoryId_fkey" FOREIGN KEY ("invoiceHistoryId") REFERENCES "invoicehistorys" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Plan_planTenantId_planNumber_fkey" FOREIGN KEY ("planTenantId", "planNumber") REFERENCES "Plan" ("tenantId", "number") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Plan_planTenantId2_planNumber2_fkey" FOREIGN KEY ("planTenantId2", "planNumber2") REFERENCES "Plan" ("tenantId", "number") ON DELETE SET DEFAULT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Item" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "url" REAL,
    "version" DECIMAL DEFAULT 0,
    "secret" INTEGER NOT NULL DEFAULT 42,
    "projectKind" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "invoicehistorys_total_key" ON "invoicehistorys"("total");

-- CreateIndex
CREATE INDEX "Item_secret_idx" ON "Item"("secret" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Item_url_secret_key" ON "Item"("url", "secret");
