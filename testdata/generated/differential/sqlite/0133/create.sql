-- CreateTable
CREATE TABLE "tickets" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "ratio" DECIMAL,
    "payload" BIGINT,
    "size" TEXT NOT NULL,
    "secret" BIGINT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "refundTenantId" TEXT NOT NULL,
    "refundNumber" INTEGER NOT NULL,
    CONSTRAINT "tickets_refundTenantId_refundNumber_fkey" FOREIGN KEY ("refundTenantId", "refundNumber") REFERENCES "refunds" ("tenantId", "number") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "refunds" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "flags" JSONB NOT NULL,
    "secret_col" DECIMAL DEFAULT 1.5,
    "kind" DECIMAL DEFAULT 1.5,
    "balance" JSONB NOT NULL,
    "ticketId" INTEGER NOT NULL,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "refunds_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "tickets" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "tickets_email_key" ON "tickets"("email");

-- CreateIndex
CREATE INDEX "tickets_refundTenantId_refundNumber_idx" ON "tickets"("refundTenantId", "refundNumber");

-- CreateIndex
CREATE UNIQUE INDEX "refunds_kind_key" ON "refunds"("kind");

-- CreateIndex
CREATE INDEX "refunds_ticketId_idx" ON "refunds"("ticketId");

-- CreateIndex
CREATE INDEX "refunds_secret_col_idx" ON "refunds"("secret_col");
