-- CreateTable
CREATE TABLE "Ticket" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "expiresAt" BLOB NOT NULL,
    "email" DECIMAL,
    "raw" NUMERIC
);

-- CreateTable
CREATE TABLE "Refund" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "secret" INTEGER,
    "price" TEXT,
    "isActive" DATETIME,
    "isActive2" BOOLEAN,

    PRIMARY KEY ("number", "tenantId")
);

-- CreateTable
CREATE TABLE "Role" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ratio_col" INTEGER NOT NULL,
    "expiresAt" TEXT DEFAULT 'it''s'
);

-- CreateTable
CREATE TABLE "CommentWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "weight" INTEGER,
    "priceKind" TEXT
);

-- CreateIndex
CREATE UNIQUE INDEX "Refund_url_key" ON "Refund"("url");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_isActive_url_key" ON "Refund"("isActive", "url");

-- CreateIndex
CREATE INDEX "Role_ratio_col_idx" ON "Role"("ratio_col");

-- CreateIndex
CREATE UNIQUE INDEX "CommentWithAVeryLongNameThatGoesOnAndOnForTruncation_handle_key" ON "CommentWithAVeryLongNameThatGoesOnAndOnForTruncation"("handle");

-- CreateIndex
CREATE INDEX "CommentWithAVeryLongNameThatGoesOnAndOnForTruncation_handle_weight_idx" ON "CommentWithAVeryLongNameThatGoesOnAndOnForTruncation"("handle", "weight");

-- CreateIndex
CREATE INDEX "commentwithaverylongnamethatgoesonandonf_handle_1_ix" ON "CommentWithAVeryLongNameThatGoesOnAndOnForTruncation"("handle");
