-- CreateTable
CREATE TABLE "Audit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "payload" TEXT,
    "ratio_col" INTEGER DEFAULT -7,
    "count" DATETIME,
    "startsAt" BIGINT
);

-- CreateTable
CREATE TABLE "Note" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "startsAt" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "startsAt2" INTEGER DEFAULT 1,
    "level" BLOB NOT NULL,
    "title" REAL DEFAULT -2.25,
    "url" JSONB NOT NULL,
    "color" DATETIME NOT NULL,
    "invoiceId" TEXT NOT NULL,
    CONSTRAINT "Note_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "ratio" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "total" DATETIME NOT NULL,
    "expiresAt" INTEGER
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "url" BIGINT NOT NULL DEFAULT 0,
    "flags" DECIMAL NOT NULL DEFAULT 2.25,
    "expiresAt" BIGINT,
    "raw" Int4
);

-- CreateTable
CREATE TABLE "Project" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT
);

-- CreateIndex
CREATE UNIQUE INDEX "Audit_startsAt_key" ON "Audit"("startsAt");

-- CreateIndex
CREATE INDEX "Audit_startsAt_idx" ON "Audit"("startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Audit_count_payload_key" ON "Audit"("count", "payload");

-- CreateIndex
CREATE INDEX "Note_invoiceId_idx" ON "Note"("invoiceId");

-- CreateIndex
CREATE INDEX "note_invoiceid_0_ix" ON "Note"("invoiceId" DESC);

-- CreateIndex
CREATE INDEX "note_color_1_ix" ON "Note"("color");

-- CreateIndex
CREATE UNIQUE INDEX "Review_handle_key" ON "Review"("handle");

-- CreateIndex
CREATE INDEX "Review_total_ratio_idx" ON "Review"("total", "ratio");

-- CreateIndex
CREATE INDEX "review_total_1_ix" ON "Review"("total" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Review_total_ratio_key" ON "Review"("total", "ratio");

-- CreateIndex
CREATE INDEX "Invoice_flags_idx" ON "Invoice"("flags");

-- CreateIndex
CREATE INDEX "Project_email_idx" ON "Project"("email");

-- CreateIndex
CREATE INDEX "project_email_1_ix" ON "Project"("email");
