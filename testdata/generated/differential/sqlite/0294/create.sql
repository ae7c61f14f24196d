-- CreateTable
CREATE TABLE "Task" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "size" DECIMAL NOT NULL DEFAULT 1.5,
    "weight" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "Task_weight_key" ON "Task"("weight");

-- CreateIndex
CREATE INDEX "Task_size_weight_idx" ON "Task"("size", "weight");
