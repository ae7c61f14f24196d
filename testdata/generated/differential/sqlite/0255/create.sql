-- CreateTable
CREATE TABLE "userwithaverylongnamethatgoesonandonfortruncations" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ratio" INTEGER,
    "flags" BOOLEAN,
    "note" DECIMAL DEFAULT 0
);

-- CreateTable
CREATE TABLE "Rating" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "status" TEXT NOT NULL DEFAULT 'a "quoted" word',
    "slug_col" TEXT NOT NULL DEFAULT '',
    "version" DATETIME,
    "taskId" INTEGER NOT NULL,
    CONSTRAINT "Rating_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Task" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "price" INTEGER DEFAULT 1
);

-- CreateIndex
CREATE UNIQUE INDEX "userwithaverylongnamethatgoesonandonfort_note_uq" ON "userwithaverylongnamethatgoesonandonfortruncations"("note");

-- CreateIndex
CREATE INDEX "userwithaverylongnamethatgoesonandonfortruncations_flags_idx" ON "userwithaverylongnamethatgoesonandonfortruncations"("flags");

-- CreateIndex
CREATE INDEX "userwithaverylongnamethatgoesonandonfort_flags_1_ix" ON "userwithaverylongnamethatgoesonandonfortruncations"("flags");

-- CreateIndex
CREATE UNIQUE INDEX "userwithaverylongnamethatgoesonandonfortruncations_ratio_note_key" ON "userwithaverylongnamethatgoesonandonfortruncations"("ratio", "note");

-- CreateIndex
CREATE UNIQUE INDEX "Rating_taskId_key" ON "Rating"("taskId");
