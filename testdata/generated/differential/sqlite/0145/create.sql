-- CreateTable
CREATE TABLE "CategoryItem" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" JSONB NOT NULL,
    "kind" DECIMAL,
    "expiresAt" TEXT NOT NULL DEFAULT 'x',
    "rank" BLOB NOT NULL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" BLOB NOT NULL,
    "body" BOOLEAN NOT NULL DEFAULT false
);

-- CreateTable
CREATE TABLE "Plan" (
    "tenantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "price" REAL NOT NULL DEFAULT -2.25,
    "url" INTEGER DEFAULT -7,
    "flags" INTEGER,
    "score" REAL,

    PRIMARY KEY ("tenantId", "number")
);

-- CreateIndex
CREATE UNIQUE INDEX "Project_email_key" ON "Project"("email");

-- CreateIndex
CREATE INDEX "Plan_score_url_idx" ON "Plan"("score", "url");
