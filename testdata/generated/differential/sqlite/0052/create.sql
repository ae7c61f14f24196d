-- CreateTable
CREATE TABLE "Role" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "balance" TEXT,
    "size" DECIMAL NOT NULL DEFAULT 1.5,
    "ratio" DATETIME,
    "raw" money
);

-- CreateTable
CREATE TABLE "File" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "total" JSONB,
    "balance" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "email" TEXT NOT NULL,
    "raw" circle,
    "roleId" INTEGER
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "payload" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Role_handle_key" ON "Role"("handle");

-- CreateIndex
CREATE INDEX "Role_size_idx" ON "Role"("size");

-- CreateIndex
CREATE INDEX "Role_balance_idx" ON "Role"("balance" DESC);

-- CreateIndex
CREATE INDEX "Plan_payload_idx" ON "Plan"("payload");
