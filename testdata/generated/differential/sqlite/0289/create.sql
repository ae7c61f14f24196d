-- CreateTable
CREATE TABLE "Device" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "isActive" BOOLEAN NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "expiresat_col" DECIMAL NOT NULL DEFAULT 0,
    "title" DATETIME NOT NULL,
    "label" TEXT
);

-- CreateTable
CREATE TABLE "Region" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "createdAt" BIGINT NOT NULL DEFAULT 0
);

-- CreateIndex
CREATE INDEX "Device_isActive_idx" ON "Device"("isActive");

-- CreateIndex
CREATE INDEX "device_isactive_1_ix" ON "Device"("isActive");

-- CreateIndex
CREATE UNIQUE INDEX "Comment_handle_key" ON "Comment"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "Comment_title_expiresat_col_key" ON "Comment"("title", "expiresat_col");
