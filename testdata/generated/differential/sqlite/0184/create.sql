-- CreateTable
CREATE TABLE "Coupon_v2" (
    "coupon_v2_id" TEXT NOT NULL PRIMARY KEY,
    "rank_col" TEXT,
    "avatar" BIGINT NOT NULL,
    "level" BLOB NOT NULL,
    "hash" TEXT,
    "email" INTEGER NOT NULL,
    "meta" TEXT NOT NULL DEFAULT '',
    "raw" NUMERIC
);

-- CreateTable
CREATE TABLE "Task" (
    "task_id" TEXT NOT NULL PRIMARY KEY,
    "weight" DECIMAL NOT NULL,
    "color" REAL NOT NULL
);

-- CreateIndex
CREATE INDEX "Task_weight_idx" ON "Task"("weight");

-- CreateIndex
CREATE INDEX "Task_color_weight_idx" ON "Task"("color", "weight");
