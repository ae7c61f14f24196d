-- CreateTable
CREATE TABLE "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "payload" INTEGER DEFAULT -7,
    "secret" DATETIME NOT NULL,
    "payload2" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Address" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "endsat_col" INTEGER NOT NULL DEFAULT 0,
    "raw" VARCHAR(10)
);

-- CreateTable
CREATE TABLE "Token" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "verified" INTEGER NOT NULL DEFAULT -7
);

-- CreateIndex
CREATE INDEX "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation_payload2_idx" ON "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation"("payload2");

-- CreateIndex
CREATE INDEX "taskwithaverylongnamethatgoesonandonfort_secret_1_ix" ON "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation"("secret");

-- CreateIndex
CREATE INDEX "address_endsat_0_ix" ON "Address"("endsat_col");
