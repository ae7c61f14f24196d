-- CreateTable
CREATE TABLE "TagWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "payload_col" TEXT DEFAULT 'x',
    "data" BLOB NOT NULL,
    "slug" BLOB
);

-- CreateTable
CREATE TABLE "EventLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "ratio" DECIMAL,
    "count" INTEGER
);

-- CreateTable
CREATE TABLE "ProfileWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "position" TEXT NOT NULL,
    "startsat_col" BIGINT NOT NULL DEFAULT 0,
    "expiresat_col" JSONB NOT NULL,
    "hash" TEXT NOT NULL,
    "code" JSONB NOT NULL
);

-- CreateTable
CREATE TABLE "Note" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "color" BOOLEAN,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateIndex
CREATE UNIQUE INDEX "TagWithAVeryLongNameThatGoesOnAndOnForTruncation_payload_col_key" ON "TagWithAVeryLongNameThatGoesOnAndOnForTruncation"("payload_col");

-- CreateIndex
CREATE INDEX "TagWithAVeryLongNameThatGoesOnAndOnForTruncation_payload_col_idx" ON "TagWithAVeryLongNameThatGoesOnAndOnForTruncation"("payload_col");

-- CreateIndex
CREATE INDEX "tagwithaverylongnamethatgoesonandonfortr_payload_1_ix" ON "TagWithAVeryLongNameThatGoesOnAndOnForTruncation"("payload_col");

-- CreateIndex
CREATE UNIQUE INDEX "EventLink_email_key" ON "EventLink"("email");

-- CreateIndex
CREATE INDEX "Note_color_idx" ON "Note"("color");
