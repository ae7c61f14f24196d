-- CreateTable
CREATE TABLE "Address" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "verified" JSONB,
    "weight" TEXT,
    "verified2" INTEGER NOT NULL,
    "score" TEXT DEFAULT 'a "quoted" word',
    "raw" NUMERIC,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "plans" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "data" INTEGER NOT NULL DEFAULT -7,
    "hash" INTEGER NOT NULL DEFAULT -7,
    "secret" INTEGER DEFAULT 1,
    "version" INTEGER DEFAULT -7,
    "planId" INTEGER,
    "planId2" INTEGER,
    "planId3" INTEGER,
    CONSTRAINT "plans_planId_fkey" FOREIGN KEY ("planId") REFERENCES "plans" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "plans_planId2_fkey" FOREIGN KEY ("planId2") REFERENCES "plans" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "plans_planId3_fkey" FOREIGN KEY ("planId3") REFERENCES "plans" ("id") ON DELETE NO ACTION ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Address_handle_key" ON "Address"("handle");

-- CreateIndex
CREATE INDEX "plans_data_idx" ON "plans"("data" DESC);
