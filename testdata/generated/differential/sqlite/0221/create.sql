-- CreateTable
CREATE TABLE "Account" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "position" DECIMAL DEFAULT 2.25,
    "createdAt" BIGINT,
    "body" DATETIME NOT NULL,
    "weight" INTEGER DEFAULT 0,
    "accountItemKind" TEXT DEFAULT 'ARCHIVED'
);

-- CreateIndex
CREATE UNIQUE INDEX "Account_slug_key" ON "Account"("slug");

-- CreateIndex
CREATE INDEX "Account_body_idx" ON "Account"("body");
