-- CreateTable
CREATE TABLE "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "balance" INTEGER,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Invoice" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "label" BLOB NOT NULL,
    "weight" DATETIME NOT NULL,
    "verified" DECIMAL DEFAULT 0,
    "rank" INTEGER,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateIndex
CREATE UNIQUE INDEX "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation_email_key" ON "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation"("email");

-- CreateIndex
CREATE INDEX "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation_email_idx" ON "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation"("email");

-- CreateIndex
CREATE INDEX "sessionwithaverylongnamethatgoesonandonf_email_1_ix" ON "SessionWithAVeryLongNameThatGoesOnAndOnForTruncation"("email", "balance");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_handle_key" ON "Invoice"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "invoice_verified_uq" ON "Invoice"("verified");

-- CreateIndex
CREATE INDEX "Invoice_handle_idx" ON "Invoice"("handle");

-- CreateIndex
CREATE INDEX "invoice_verified_1_ix" ON "Invoice"("verified", "handle");
