-- CreateTable
CREATE TABLE "Post" (
    "post_id" TEXT NOT NULL PRIMARY KEY,
    "code" REAL NOT NULL DEFAULT 1.5,
    "isActive" REAL,
    "size" BOOLEAN NOT NULL,
    "raw" money
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "position" INTEGER DEFAULT 0,
    "publishedAt" BLOB,
    "ratio" INTEGER NOT NULL,
    "total" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "level" INTEGER,
    "meta" BOOLEAN,
    "priceId" INTEGER,
    CONSTRAINT "Plan_priceId_fkey" FOREIGN KEY ("priceId") REFERENCES "Price" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Price" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "handle" TEXT NOT NULL,
    "flags_col" DECIMAL NOT NULL DEFAULT 2.25,
    "postId" TEXT,
    CONSTRAINT "Price_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post" ("post_id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_PlanToPrice" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_PlanToPrice_A_fkey" FOREIGN KEY ("A") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_PlanToPrice_B_fkey" FOREIGN KEY ("B") REFERENCES "Price" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Post_isActive_key" ON "Post"("isActive");

-- CreateIndex
CREATE INDEX "post_code_0_ix" ON "Post"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_email_key" ON "Plan"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_level_key" ON "Plan"("level");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_priceId_key" ON "Plan"("priceId");

-- CreateIndex
CREATE INDEX "Plan_ratio_priceId_idx" ON "Plan"("ratio", "priceId");

-- CreateIndex
CREATE INDEX "plan_ratio_1_ix" ON "Plan"("ratio");

-- CreateIndex
CREATE UNIQUE INDEX "Price_handle_key" ON "Price"("handle");

-- CreateIndex
CREATE UNIQUE INDEX "_PlanToPrice_AB_unique" ON "_PlanToPrice"("A", "B");

-- CreateIndex
CREATE INDEX "_PlanToPrice_B_index" ON "_PlanToPrice"("B");
