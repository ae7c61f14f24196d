-- CreateTable
CREATE TABLE "Member" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "price" JSONB,
    "rank" INTEGER DEFAULT 0,
    "level" REAL NOT NULL,
    "isActive" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "code" DECIMAL,
    "avatar" DATETIME,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code_col" INTEGER NOT NULL DEFAULT 1,
    "score" DATETIME,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Event" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "rank" BIGINT NOT NULL DEFAULT 1234567890123,
    "flags" JSONB NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT false,
    "amount" DATETIME,
    "secret" DATETIME NOT NULL,
    "raw" VARCHAR(10)
);

-- CreateTable
CREATE TABLE "Coupon" (
    "coupon_id" TEXT NOT NULL PRIMARY KEY,
    "score" INTEGER NOT NULL DEFAULT -7,
    "balance" BIGINT NOT NULL DEFAULT 1234567890123
);

-- CreateTable
CREATE TABLE "Session" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "rank" DECIMAL NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "Audit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "isActive" TEXT NOT NULL DEFAULT 'x'
);

-- CreateIndex
CREATE UNIQUE INDEX "Member_rank_avatar_key" ON "Member"("rank", "avatar");

-- CreateIndex
CREATE UNIQUE INDEX "Project_code_col_key" ON "Project"("code_col");

-- CreateIndex
CREATE INDEX "Project_code_col_idx" ON "Project"("code_col");

-- CreateIndex
CREATE INDEX "project_code_1_ix" ON "Project"("code_col");

-- CreateIndex
CREATE INDEX "Event_rank_amount_idx" ON "Event"("rank", "amount");

-- CreateIndex
CREATE INDEX "event_secret_1_ix" ON "Event"("secret", "rank");

-- CreateIndex
CREATE INDEX "Session_rank_idx" ON "Session"("rank");

-- CreateIndex
CREATE INDEX "session_rank_1_ix" ON "Session"("rank");

-- CreateIndex
CREATE INDEX "Audit_isActive_idx" ON "Audit"("isActive");
