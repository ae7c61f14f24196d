-- CreateTable
CREATE TABLE "notes" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "data" DATETIME,
    "score" INTEGER NOT NULL,
    "noteId" INTEGER,
    CONSTRAINT "notes_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "notes" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Plan" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "startsat_col" DATETIME NOT NULL,
    "ratio" DECIMAL,
    "raw" DATE,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Shipment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "isActive" TEXT DEFAULT '',
    "note" INTEGER NOT NULL,
    "label" BOOLEAN NOT NULL,
    "level" DATETIME,
    "url" BIGINT NOT NULL DEFAULT 1234567890123,
    "raw" NUMERIC
);

-- CreateTable
CREATE TABLE "Audit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "balance" INTEGER DEFAULT 1
);

-- CreateIndex
CREATE INDEX "notes_noteId_idx" ON "notes"("noteId");

-- CreateIndex
CREATE INDEX "notes_score_idx" ON "notes"("score");

-- CreateIndex
CREATE INDEX "note_noteid_1_ix" ON "notes"("noteId");

-- CreateIndex
CREATE INDEX "Plan_startsat_col_idx" ON "Plan"("startsat_col");

-- CreateIndex
CREATE INDEX "plan_startsat_1_ix" ON "Plan"("startsat_col");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_handle_key" ON "Shipment"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_note_key" ON "Shipment"("note");

-- CreateIndex
CREATE INDEX "Shipment_isActive_idx" ON "Shipment"("isActive");
