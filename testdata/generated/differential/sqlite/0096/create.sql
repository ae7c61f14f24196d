-- CreateTable
CREATE TABLE "Token" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "startsAt" INTEGER,
    "publishedAt" DECIMAL NOT NULL DEFAULT 0,
    "code" DATETIME NOT NULL,
    "hash" BIGINT,
    "email2" TEXT,
    "endsAt" TEXT,
    "paymentKind" TEXT,
    "ratingid_ref" INTEGER NOT NULL,
    CONSTRAINT "Token_ratingid_ref_fkey" FOREIGN KEY ("ratingid_ref") REFERENCES "Rating" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Account" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "label" JSONB NOT NULL,
    "status" BLOB NOT NULL,
    "publishedAt" BLOB,
    "status2_col" BOOLEAN DEFAULT false,
    "title" BIGINT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Rating" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "updatedAt" INTEGER DEFAULT 1,
    "flags" DECIMAL NOT NULL,
    "flags2_col" DECIMAL DEFAULT 0,
    "size" DECIMAL NOT NULL,
    "code_col" DECIMAL NOT NULL,
    "position" JSONB NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Token_email_key" ON "Token"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Token_ratingid_ref_key" ON "Token"("ratingid_ref");

-- CreateIndex
CREATE INDEX "Token_ratingid_ref_idx" ON "Token"("ratingid_ref");

-- CreateIndex
CREATE INDEX "Token_code_email_idx" ON "Token"("code", "email");

-- CreateIndex
CREATE UNIQUE INDEX "Account_title_key" ON "Account"("title");

-- CreateIndex
CREATE INDEX "Rating_code_col_idx" ON "Rating"("code_col");

-- CreateIndex
CREATE INDEX "Rating_size_idx" ON "Rating"("size");
