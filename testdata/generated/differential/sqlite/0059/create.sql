-- CreateTable
CREATE TABLE "Payment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "body" JSONB NOT NULL,
    "level" REAL NOT NULL,
    "ratio" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "position" JSONB NOT NULL,
    "kind" INTEGER NOT NULL,
    "folderEmail" TEXT NOT NULL,
    "paymentId" TEXT,
    CONSTRAINT "Payment_folderEmail_fkey" FOREIGN KEY ("folderEmail") REFERENCES "Folder" ("email") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Payment_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment" ("id") ON DELETE SET DEFAULT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Note" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "body" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "body2" REAL,
    "size" JSONB NOT NULL,
    "count" INTEGER NOT NULL,
    "count2" DECIMAL NOT NULL DEFAULT 2.25,
    "verified" DATETIME
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "payload" DATETIME NOT NULL,
    "payload2" BLOB,
    "weight" INTEGER NOT NULL DEFAULT 42,
    "title" REAL NOT NULL
);

-- CreateTable
CREATE TABLE "Folder" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "meta" INTEGER NOT NULL,
    "noteid_ref" INTEGER,
    "planId" INTEGER,
    CONSTRAINT "Folder_noteid_ref_fkey" FOREIGN KEY ("noteid_ref") REFERENCES "Note" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Folder_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Payment_folderEmail_level_idx" ON "Payment"("folderEmail", "level");

-- CreateIndex
CREATE INDEX "Payment_paymentId_idx" ON "Payment"("paymentId");

-- CreateIndex
CREATE UNIQUE INDEX "Note_count_key" ON "Note"("count");

-- CreateIndex
CREATE INDEX "Note_count2_idx" ON "Note"("count2" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Note_body_count_key" ON "Note"("body", "count");

-- CreateIndex
CREATE UNIQUE INDEX "plan_payload_uq" ON "Plan"("payload");

-- CreateIndex
CREATE INDEX "plan_payload_0_ix" ON "Plan"("payload", "weight");

-- CreateIndex
CREATE INDEX "Plan_title_payload_idx" ON "Plan"("title", "payload");

-- CreateIndex
CREATE UNIQUE INDEX "Folder_email_key" ON "Folder"("email");
