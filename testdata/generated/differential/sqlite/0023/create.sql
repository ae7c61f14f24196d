-- CreateTable
CREATE TABLE "Audit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ratio" TEXT DEFAULT 'it''s',
    "rank" BOOLEAN NOT NULL DEFAULT true,
    "endsAt" TEXT NOT NULL DEFAULT '',
    "version_col" REAL DEFAULT -2.25,
    "position" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "auditId" INTEGER,
    "auditId2" INTEGER,
    CONSTRAINT "Audit_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "Audit" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "Audit_auditId2_fkey" FOREIGN KEY ("auditId2") REFERENCES "Audit" ("id") ON DELETE NO ACTION ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Note" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "ratio" REAL,
    "hash" REAL NOT NULL,
    "verified" REAL,
    "raw" Int4,

    PRIMARY KEY ("number", "tenantId")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "code" INTEGER,
    "startsAt" INTEGER NOT NULL,
    "hash_col" BOOLEAN,
    "payload" BLOB NOT NULL,
    "color" DATETIME,
    "color2" BIGINT NOT NULL
);

-- CreateIndex
CREATE INDEX "Audit_endsAt_idx" ON "Audit"("endsAt");

-- CreateIndex
CREATE INDEX "audit_version_1_ix" ON "Audit"("version_col", "auditId2");

-- CreateIndex
CREATE UNIQUE INDEX "note_ratio_uq" ON "Note"("ratio");

-- CreateIndex
CREATE UNIQUE INDEX "Project_email_key" ON "Project"("email");

-- CreateIndex
CREATE INDEX "Project_startsAt_idx" ON "Project"("startsAt");

-- CreateIndex
CREATE INDEX "project_startsat_1_ix" ON "Project"("startsAt", "hash_col");
