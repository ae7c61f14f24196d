-- CreateTable
CREATE TABLE "Event2" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "color" TEXT NOT NULL DEFAULT 'a "quoted" word'
);

-- CreateTable
CREATE TABLE "Order" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meta" DATETIME,
    "rank_col" INTEGER DEFAULT 1,
    "kind" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "Event2_color_idx" ON "Event2"("color");
