-- CreateTable
CREATE TABLE "TaskWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "avatar" INTEGER NOT NULL DEFAULT -7,
    "secret" INTEGER NOT NULL,
    "ratio" BLOB NOT NULL,
    "data" JSONB NOT NULL
);

-- CreateTable
CREATE TABLE "Session" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" INTEGER NOT NULL,
    "meta" REAL NOT NULL DEFAULT -2.25,
    "startsAt" BLOB NOT NULL,
    "data" TEXT NOT NULL,
    "amount" TEXT NOT NULL,
    "code" JSONB
);

-- CreateTable
CREATE TABLE "StoreWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "expiresAt" DECIMAL NOT NULL,
    "secret" JSONB NOT NULL,
    "body" JSONB,
    "count" BIGINT,
    "raw" geometry
);

-- CreateTable
CREATE TABLE "Coupon" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "publishedAt" INTEGER,
    "label" TEXT,
    "email_col" INTEGER NOT NULL DEFAULT 42,
    "score" TEXT NOT NULL,
    "payload" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "Session_amount_idx" ON "Session"("amount" DESC);

-- CreateIndex
CREATE INDEX "session_amount_1_ix" ON "Session"("amount");

-- CreateIndex
CREATE UNIQUE INDEX "StoreWithAVeryLongNameThatGoesOnAndOnForTruncation_count_key" ON "StoreWithAVeryLongNameThatGoesOnAndOnForTruncation"("count");

-- CreateIndex
CREATE INDEX "Coupon_email_col_idx" ON "Coupon"("email_col");
