-- CreateTable
CREATE TABLE "Ticket" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ratio" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" DATETIME DEFAULT '2024-01-02 03:04:05 +00:00',
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "ticket_publishedat_uq" ON "Ticket"("publishedAt");

-- CreateIndex
CREATE INDEX "Ticket_ratio_idx" ON "Ticket"("ratio");

-- CreateIndex
CREATE INDEX "Ticket_publishedAt_idx" ON "Ticket"("publishedAt");
