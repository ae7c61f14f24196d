-- CreateTable
CREATE TABLE "Team" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "weight" DECIMAL,
    "count" JSONB NOT NULL,
    "position" BOOLEAN DEFAULT false,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Log" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "position" REAL NOT NULL,
    "startsat_col" TEXT,
    "publishedAt" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "payload" DECIMAL NOT NULL DEFAULT 0,
    "size" BOOLEAN NOT NULL DEFAULT true
);

-- CreateTable
CREATE TABLE "User" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "startsAt" BLOB NOT NULL,
    "startsAt2" BOOLEAN NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" BOOLEAN NOT NULL DEFAULT true,
    "data" BOOLEAN NOT NULL DEFAULT false,
    "slug_col" TEXT NOT NULL DEFAULT 'hello'
);

-- CreateTable
CREATE TABLE "Coupon" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "status" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "balance" BLOB NOT NULL,
    "note" REAL NOT NULL,
    "secret" BIGINT NOT NULL DEFAULT 0,
    "startsAt" BIGINT,
    "userTenantId" TEXT,
    "userNumber" INTEGER
);

-- CreateIndex
CREATE INDEX "Team_weight_idx" ON "Team"("weight");

-- CreateIndex
CREATE UNIQUE INDEX "Log_email_key" ON "Log"("email");

-- CreateIndex
CREATE INDEX "Log_payload_idx" ON "Log"("payload");

-- CreateIndex
CREATE INDEX "Log_position_idx" ON "Log"("position");

-- CreateIndex
CREATE INDEX "User_startsAt2_idx" ON "User"("startsAt2" DESC);

-- CreateIndex
CREATE INDEX "user_startsat2_1_ix" ON "User"("startsAt2");

-- CreateIndex
CREATE UNIQUE INDEX "Comment_data_key" ON "Comment"("data");

-- CreateIndex
CREATE UNIQUE INDEX "Comment_slug_col_title_key" ON "Comment"("slug_col", "title");

-- CreateIndex
CREATE INDEX "Coupon_status_note_idx" ON "Coupon"("status", "note");

-- CreateIndex
CREATE INDEX "Coupon_userNumber_idx" ON "Coupon"("userNumber");
