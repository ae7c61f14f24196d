-- CreateTable
CREATE TABLE "AuditWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "startsat_col" TEXT,
    "publishedAt" BOOLEAN,
    "createdAt" TEXT NOT NULL,
    "position" DECIMAL NOT NULL DEFAULT 1.5,
    "auditId" TEXT,
    CONSTRAINT "AuditWithAVeryLongNameThatGoesOnAndOnForTruncation_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "AuditWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "auditwithaverylongnamethatgoesonandonfor_position_uq" ON "AuditWithAVeryLongNameThatGoesOnAndOnForTruncation"("position");

-- CreateIndex
CREATE UNIQUE INDEX "AuditWithAVeryLongNameThatGoesOnAndOnForTruncation_auditId_key" ON "AuditWithAVeryLongNameThatGoesOnAndOnForTruncation"("auditId");

-- CreateIndex
CREATE INDEX "auditwithaverylongnamethatgoesonandonfor_position_0_ix" ON "AuditWithAVeryLongNameThatGoesOnAndOnForTruncation"("position" DESC);

-- CreateIndex
CREATE INDEX "auditwithaverylongnamethatgoesonandonfor_createdat_1_ix" ON "AuditWithAVeryLongNameThatGoesOnAndOnForTruncation"("createdAt");
