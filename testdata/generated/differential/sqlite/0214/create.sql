-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "email" DATETIME NOT NULL,
    "publishedAt" INTEGER NOT NULL,
    "projectId" TEXT,
    CONSTRAINT "Project_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Role" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" DATETIME NOT NULL,
    "price" INTEGER NOT NULL,
    "body" DATETIME NOT NULL,
    "url" BLOB,
    "code" BLOB NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Project_slug_key" ON "Project"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Project_projectId_key" ON "Project"("projectId");

-- CreateIndex
CREATE INDEX "Project_projectId_idx" ON "Project"("projectId" DESC);

-- CreateIndex
CREATE INDEX "Role_price_idx" ON "Role"("price" DESC);

-- CreateIndex
CREATE INDEX "role_body_1_ix" ON "Role"("body" DESC);
