-- CreateTable
CREATE TABLE "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "balance" DATETIME NOT NULL,
    "expiresAt" INTEGER DEFAULT 1,
    "balance2" DECIMAL NOT NULL,
    "body" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "ratio" INTEGER DEFAULT 0
);

-- CreateTable
CREATE TABLE "Token" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "handle" TEXT NOT NULL,
    "rank" TEXT DEFAULT 'x',
    "publishedAt" REAL DEFAULT 0,
    "label" REAL NOT NULL DEFAULT -2.25,
    "color" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "sessions" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "body" TEXT DEFAULT '',
    "verified" DATETIME DEFAULT '2024-01-02 03:04:05 +00:00',
    "price" REAL DEFAULT -2.25,
    "startsAt" JSONB,
    "ratingId" INTEGER,
    "ratingid2_ref" INTEGER,

    PRIMARY KEY ("tenantId", "number"),
    CONSTRAINT "sessions_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id") ON DELETE SET DEFAULT ON UPDATE NO ACTION,
    CONSTRAINT "sessions_ratingid2_ref_fkey" FOREIGN KEY ("ratingid2_ref") REFERENCES "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation" ("id") ON DELETE SET NULL ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "price_v2s" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "avatar" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "isActive" DATETIME NOT NULL,
    "flags" JSONB,
    "position" REAL NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation_handle_key" ON "RatingWithAVeryLongNameThatGoesOnAndOnForTruncation"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Token_handle_key" ON "Token"("handle");

-- CreateIndex
CREATE INDEX "Token_handle_rank_idx" ON "Token"("handle", "rank");

-- CreateIndex
CREATE UNIQUE INDEX "sessions_email_key" ON "sessions"("email");

-- CreateIndex
CREATE UNIQUE INDEX "sessions_ratingid2_ref_key" ON "sessions"("ratingid2_ref");

-- CreateIndex
CREATE INDEX "session_ratingid2_0_ix" ON "sessions"("ratingid2_ref", "email");

-- CreateIndex
CREATE INDEX "sessions_ratingId_idx" ON "sessions"("ratingId");

-- CreateIndex
CREATE UNIQUE INDEX "price_v2s_handle_key" ON "price_v2s"("handle");

-- CreateIndex
CREATE INDEX "price_v2s_handle_idx" ON "price_v2s"("handle");

-- CreateIndex
CREATE INDEX "price_v2s_handle_position_idx" ON "price_v2s"("handle" DESC, "position");
