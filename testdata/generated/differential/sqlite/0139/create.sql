-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "price" BLOB NOT NULL,
    "body" DATETIME NOT NULL,
    "sessionId" TEXT,
    "sessionId2" TEXT,
    CONSTRAINT "Session_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE SET NULL ON UPDATE RESTRICT,
    CONSTRAINT "Session_sessionId2_fkey" FOREIGN KEY ("sessionId2") REFERENCES "Session" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Audit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "weight" REAL NOT NULL DEFAULT -2.25
);

-- CreateIndex
CREATE INDEX "Session_body_idx" ON "Session"("body");

-- CreateIndex
CREATE INDEX "Session_sessionId_idx" ON "Session"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "Audit_weight_key" ON "Audit"("weight");

-- CreateIndex
CREATE INDEX "audit_weight_0_ix" ON "Audit"("weight");
