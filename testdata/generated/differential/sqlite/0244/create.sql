-- CreateTable
CREATE TABLE "Store" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "level" JSONB,
    "code" DATETIME NOT NULL,
    "raw" money,
    "auditId" INTEGER,
    CONSTRAINT "Store_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "audits" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "audits" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "verified" TEXT NOT NULL DEFAULT '',
    "url" DATETIME NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "expiresat_col" INTEGER NOT NULL,
    "expiresat2_col" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "Store_handle_key" ON "Store"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "store_code_uq" ON "Store"("code");

-- CreateIndex
CREATE INDEX "Store_auditId_idx" ON "Store"("auditId");

-- CreateIndex
CREATE INDEX "store_auditid_0_ix" ON "Store"("auditId");

-- CreateIndex
CREATE INDEX "store_handle_1_ix" ON "Store"("handle", "auditId");

-- CreateIndex
CREATE UNIQUE INDEX "audits_verified_key" ON "audits"("verified");
