-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "position_col" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "producthistorys" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "score" TEXT NOT NULL,
    "color" REAL NOT NULL DEFAULT 0,
    "startsAt" INTEGER NOT NULL,
    "raw" Int4
);

-- CreateIndex
CREATE UNIQUE INDEX "Project_slug_key" ON "Project"("slug");

-- CreateIndex
CREATE INDEX "project_position_0_ix" ON "Project"("position_col" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "producthistorys_handle_key" ON "producthistorys"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "producthistorys_startsAt_key" ON "producthistorys"("startsAt");

-- CreateIndex
CREATE INDEX "producthistorys_handle_idx" ON "producthistorys"("handle" DESC);
