-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "handle" TEXT NOT NULL,
    "verified" BIGINT NOT NULL,
    "amount" JSONB NOT NULL,
    "memberId" INTEGER,
    CONSTRAINT "Comment_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Token" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meta" INTEGER,
    "score" BOOLEAN DEFAULT true,
    "meta2" DECIMAL DEFAULT 0,
    "flags" DATETIME NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "count" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" DATETIME NOT NULL,
    "planId" INTEGER NOT NULL,
    "commentId" TEXT NOT NULL,
    CONSTRAINT "Token_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE NO ACTION ON UPDATE CASCADE,
    CONSTRAINT "Token_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment" ("id") ON DELETE SET DEFAULT ON UPDATE SET DEFAULT
);

-- CreateTable
CREATE TABLE "prices" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "publishedAt" TEXT,
    "secret" DECIMAL,
    "endsAt" TEXT NOT NULL DEFAULT 'back\slash',
    "status" BLOB
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "level" TEXT NOT NULL DEFAULT 'hello',
    "color" TEXT NOT NULL,
    "email" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "label_col" INTEGER NOT NULL DEFAULT 42,
    "slug2" INTEGER,
    "priceId" INTEGER,
    "priceId2" INTEGER,
    "memberId" INTEGER,
    CONSTRAINT "Plan_priceId_fkey" FOREIGN KEY ("priceId") REFERENCES "prices" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,
    CONSTRAINT "Plan_priceId2_fkey" FOREIGN KEY ("priceId2") REFERENCES "prices" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Plan_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Member" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" DATETIME,
    "status" INTEGER NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Comment_handle_key" ON "Comment"("handle");

-- CreateIndex
CREATE INDEX "Comment_memberId_idx" ON "Comment"("memberId");

-- CreateIndex
CREATE INDEX "Comment_verified_idx" ON "Comment"("verified");

-- CreateIndex
CREATE INDEX "Comment_handle_idx" ON "Comment"("handle");

-- CreateIndex
CREATE INDEX "Token_planId_idx" ON "Token"("planId");

-- CreateIndex
CREATE INDEX "Token_commentId_idx" ON "Token"("commentId");

-- CreateIndex
CREATE INDEX "token_flags_0_ix" ON "Token"("flags" DESC);

-- CreateIndex
CREATE INDEX "prices_secret_idx" ON "prices"("secret");

-- CreateIndex
CREATE INDEX "prices_publishedAt_idx" ON "prices"("publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_slug_key" ON "Plan"("slug");

-- CreateIndex
CREATE INDEX "Plan_priceId_idx" ON "Plan"("priceId");

-- CreateIndex
CREATE INDEX "plan_priceid_0_ix" ON "Plan"("priceId");

-- CreateIndex
CREATE INDEX "plan_color_1_ix" ON "Plan"("color" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Member_slug_key" ON "Member"("slug");
