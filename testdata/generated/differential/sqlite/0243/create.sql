-- CreateTable
CREATE TABLE "shipments" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "count" DECIMAL,
    "raw" NUMERIC,

    PRIMARY KEY ("number", "tenantId")
);

-- CreateTable
CREATE TABLE "Refund" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "startsAt" REAL NOT NULL,
    "verified" DECIMAL
);

-- CreateTable
CREATE TABLE "Team" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "size" BIGINT DEFAULT 1234567890123
);

-- CreateIndex
CREATE UNIQUE INDEX "refund_startsat_uq" ON "Refund"("startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "refund_pair_key" ON "Refund"("startsAt", "verified");

-- CreateIndex
CREATE INDEX "team_size_0_ix" ON "Team"("size");

-- CreateIndex
CREATE INDEX "Team_size_idx" ON "Team"("size");
