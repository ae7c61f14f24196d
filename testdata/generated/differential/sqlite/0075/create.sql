-- CreateTable
CREATE TABLE "LogWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "createdAt" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Event_v2" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "body" REAL NOT NULL DEFAULT -2.25
);

-- CreateIndex
CREATE INDEX "LogWithAVeryLongNameThatGoesOnAndOnForTruncation_createdAt_idx" ON "LogWithAVeryLongNameThatGoesOnAndOnForTruncation"("createdAt");

-- CreateIndex
CREATE INDEX "logwithaverylongnamethatgoesonandonfortr_createdat_1_ix" ON "LogWithAVeryLongNameThatGoesOnAndOnForTruncation"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "event_v2_body_uq" ON "Event_v2"("body");
